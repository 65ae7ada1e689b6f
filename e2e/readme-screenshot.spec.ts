import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { PersonFindings } from './pages/person-findings';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

// Refreshes the README's screenshots: `UPDATE_SCREENSHOT=1 npx playwright test readme-screenshot`.
test.skip(!process.env.UPDATE_SCREENSHOT, "only when refreshing the README's screenshots in docs/");

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

test('README screenshot of a person’s finding', async ({ page, request }) => {
  await mock.reset();
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  await wb.run('verify');
  const pf = new PersonFindings(page);
  await pf.selectLines(wb.editor, 6, 7);
  await page.getByTestId('add-finding').click();
  await pf.fill({
    severity: 'gap',
    category: 'Missing edge case',
    description: 'Why are \\(a, b, c\\) each below 1? Say so before dividing by \\(1 - a\\).',
    suggestion: 'The other two variables are positive, so each is less than \\(s = 1\\).',
  });
  await expect(page.getByTestId('inline-finding')).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/person-finding.png' });
});
