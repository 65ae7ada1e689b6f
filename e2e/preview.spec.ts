import { MOCK_FLAWED_LINE, MOCK_PROBLEM, MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

const FLAWED = MOCK_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;

test('the preview renders the proof, marks findings on their lines and follows the cursor', async ({
  page,
  request,
}) => {
  await mock.reset();
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  await wb.run('verify');
  const preview = await wb.openPreview();
  // Math is typeset, never left as raw delimiters.
  await expect(preview.locator('.katex').first()).toBeVisible();
  expect(await preview.innerText()).not.toMatch(/\\\(|\\frac/);
  // The chunk holding the flawed line carries a critical marker.
  const flawedChunk = wb.previewChunks('critical');
  await expect(flawedChunk).toHaveCount(1);
  const start = Number(await flawedChunk.getAttribute('data-start-line'));
  const end = Number(await flawedChunk.getAttribute('data-end-line'));
  expect(start <= FLAWED && FLAWED <= end).toBe(true);
  // Clicking a marker selects the finding everywhere.
  await flawedChunk.getByTestId('preview-finding').first().click();
  await expect(wb.finding('critical')).toHaveAttribute('aria-current', 'true');
  // Moving the cursor moves the preview's focus to the chunk under it.
  await wb.focusEditor();
  await page.keyboard.press('Control+End');
  const last = wb.previewChunks().last();
  await expect(last).toHaveAttribute('data-focus', 'true');
  await expect(last).toBeInViewport();
  // The problem and the session title render math too.
  await expect(page.getByTestId('problem-rendered').locator('.katex').first()).toBeVisible();
});
