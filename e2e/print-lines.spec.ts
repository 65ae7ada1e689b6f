import { MOCK_FLAWED_LINE, MOCK_PROBLEM, MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { WorkbenchPage } from './pages/workbench';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

/** Print/PDF: every round's findings and decisions, and proof lines kept as lines. */
test('the print page shows every round with its findings, and keeps proof lines apart', async ({
  page,
}) => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.run('generate');
  await wb.run('verify');
  await wb.finding('critical').getByTestId('finding-accept').click();
  await expect(wb.finding('critical')).toHaveAttribute('data-decision', 'accepted');
  await wb.refine('leave-out');
  await wb.run('verify');

  await page.goto(`/sessions/${id}/print`);
  const earlier = page.locator('[data-testid="view-earlier-round"][data-round-index="1"]');
  // Round 1's findings and the decision on them are on the page, not folded away.
  await expect(earlier.getByText('accepted', { exact: false }).first()).toBeVisible();
  const text = await page.getByTestId('view-final-round').innerText();
  expect(text).toMatch(/which is the required inequality\.\s*\n\s*Equality holds/);
});

test('the print page never cuts a formula that wraps over lines where a finding starts', async ({
  page,
}) => {
  await mock.reset();
  // The verifier quotes the flawed line; the formula before it opens on the line above.
  const proof = MOCK_PROOF.replace(
    MOCK_FLAWED_LINE,
    `Write \\(s = a +\n    b + c\\) for the sum. ${MOCK_FLAWED_LINE}`,
  );
  await mock.scenario('default', { tps: 0, content: proof });
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.run('generate');
  await wb.run('verify');
  await expect(wb.finding('critical')).toBeVisible();

  await page.goto(`/sessions/${id}/print`);
  const round = page.getByTestId('view-final-round');
  await expect(round.getByTestId('proof-block').first()).toBeVisible();
  // Typeset whole, in the block the finding marks, with no delimiter left on the page.
  const block = round.getByTestId('proof-block').filter({ hasText: 'for the sum' });
  await expect(block.locator('.katex')).not.toHaveCount(0);
  expect(await block.first().innerText()).toMatch(/s\s*=\s*a\s*\+\s*b\s*\+\s*c/);
  const text = await round.innerText();
  expect(text).not.toContain('\\(');
  expect(text).not.toContain('\\)');
});
