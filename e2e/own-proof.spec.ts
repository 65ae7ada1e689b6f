import { MOCK_PROBLEM, MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { CheckerPanel } from './pages/checker';
import { HomePage } from './pages/home';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

/**
 * A person's own proof in a new session: written or pasted into the empty editor, it becomes
 * round 1 — kept, checked by the checker, and verified like a model's draft.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

const PLANTED = 'Expanding the square, \\((a+b)^2 = a^2 + ab + b^2\\).';

test('a proof pasted into a new session becomes round 1: kept, checked, and verified', async ({
  page,
  request,
}) => {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  // The empty editor says what it is for.
  await expect(wb.editor.getByText('Write or paste your proof here')).toBeVisible();
  await shotsAt(page, 'own-proof-empty');

  const pasted = `${MOCK_PROOF}\n\n${PLANTED}`;
  await wb.pasteIntoEditor(pasted);
  const plantedLine = pasted.split('\n').length;
  await expect(page.getByTestId('editor-title')).toHaveText(/R1/, { timeout: 15_000 });
  // Stored as the session's first round, written by hand.
  const [round] = (await getSession(request, id)).rounds;
  expect(round).toMatchObject({ index: 1, origin: 'manual', proof: pasted });
  // The drawer says why round 1 has no reasoning: no model wrote it.
  await expect(page.getByTestId('reasoning-panel')).toContainText(
    'This round was written or edited by hand: no model reasoned it.',
  );

  // The checker reads it as it reads a draft: the planted expansion is found on its line.
  const checker = new CheckerPanel(page);
  await expect(checker.summary).toContainText(/checked \d+ relations: \d+ hold, \d+ false/);
  const card = checker.findingOn(plantedLine);
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  await expect(card).toContainText('false');
  await shotsAt(page, 'own-proof-pasted', card);

  // A reload shows the proof as it was pasted, in round 1.
  await page.reload();
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('editor-title')).toHaveText(/R1/);
  // The top of the proof, as pasted (the editor draws the lines in view).
  expect(await wb.editorWords()).toContain(MOCK_PROOF.split('\n')[0].replace(/\s+/g, ' ').trim());

  // Verify reads the person's proof: the verifier's findings come to round 1.
  await wb.run('verify');
  await expect(wb.findings.first()).toBeVisible();
  expect((await getSession(request, id)).rounds).toHaveLength(1);
  await shotsAt(page, 'own-proof-verified');
  // The Rounds view says where round 1's text came from: no prompt wrote it.
  await page.getByTestId('side-tab-rounds').click();
  await expect(page.getByTestId('round-prompt')).toHaveText(['R1 written by hand']);
});

test('typing the first lines by hand: saved to round 1, and the next edits stay in it', async ({
  page,
  request,
}) => {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.typeAtEnd('By AM-GM, the claim follows.');
  await expect(page.getByTestId('editor-title')).toHaveText(/R1/, { timeout: 15_000 });
  await wb.typeAtEnd(' Equality holds at x = 1.');
  await expect
    .poll(async () => (await getSession(request, id)).rounds.map((r) => r.proof))
    .toEqual(['By AM-GM, the claim follows. Equality holds at x = 1.']);
  expect(await wb.editorWords()).toBe('By AM-GM, the claim follows. Equality holds at x = 1.');
});

test('a paste over the size limit says so and loses nothing: the text stays, no round is made', async ({
  page,
  request,
}) => {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  const line = 'We have \\((a+b)^2 - 4ab = (a-b)^2 \\ge 0\\), one line of a very long proof.\n';
  const huge = `${line.repeat(Math.ceil(210_000 / line.length))}The last line.`;
  await wb.pasteIntoEditor(huge);
  await expect(page.getByText('The proof is larger than 200 kB; nothing was saved.')).toBeVisible({
    timeout: 15_000,
  });
  // The pasted text is still in the editor, its end in view where the cursor is.
  expect(await wb.editorWords()).toContain('The last line.');
  expect((await getSession(request, id)).rounds).toEqual([]);
});
