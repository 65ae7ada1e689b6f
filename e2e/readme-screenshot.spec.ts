import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

// Refreshes the README's screenshot: `UPDATE_SCREENSHOT=1 npx playwright test readme-screenshot`.
test.skip(!process.env.UPDATE_SCREENSHOT, 'only when refreshing docs/screenshot.png');

test('README screenshot of a verified round', async ({ page, request }) => {
  await mock.reset();
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  await wb.run('verify');
  await wb.finding('gap').getByTestId('finding-dismiss').click();
  await wb.finding('critical').click();
  await expect(page.getByTestId('inline-finding')).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
