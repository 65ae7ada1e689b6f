import { MOCK_FLAWED_LINE, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test.beforeEach(async () => {
  await mock.reset();
});

test('the whole round loop: generate, verify, decide, refine, verify again, reload', async ({
  page,
  request,
}) => {
  // Slow enough to see the draft arrive in pieces, even when the machine is saturated.
  await mock.scenario('default', { tps: 40 });
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');

  await wb.run('generate', 'running');
  // Reasoning arrives first, in its own panel, apart from the proof.
  await expect(wb.reasoning).toContainText(/\w{4,}/);
  // The draft appears progressively: two different non-empty snapshots before it is done.
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        const len = (await wb.editorText()).trim().length;
        if (len > 0) seen.add(len);
        return seen.size;
      },
      { intervals: [100] },
    )
    .toBeGreaterThanOrEqual(2);
  await wb.waitForStatus('succeeded');
  await expect(wb.roundTab(1)).toBeVisible();
  await expect.poll(() => wb.editorText()).toContain('holds termwise');
  const reasoning = (await wb.reasoning.innerText()).trim();
  expect(reasoning.length).toBeGreaterThan(20);
  expect(await wb.editorText()).not.toContain('Self Evaluation');

  await mock.scenario('default');
  await wb.run('verify', 'succeeded');
  await expect(wb.scoreBadge()).toHaveAttribute('data-score', '0');
  await expect(wb.findings).toHaveCount(3);
  // The critical finding is on the flawed line, in the list and in the editor.
  const stored = await getSession(request, sessionId);
  const proofLines = stored.rounds[0].proof.split('\n');
  const flawedLine = proofLines.indexOf(MOCK_FLAWED_LINE) + 1;
  expect(flawedLine).toBeGreaterThan(0);
  await expect(wb.finding('critical')).toHaveAttribute('data-start-line', String(flawedLine));
  const critical = stored.rounds[0].findings.find((f) => f.severity === 'critical');
  await expect
    .poll(async () => (await wb.placedDecorations()).find((d) => d.id === critical?.id)?.startLine)
    .toBe(flawedLine);
  await expect(wb.editor.locator('.finding-glyph-critical').first()).toBeVisible();

  // Selecting in the editor (its gutter dot) selects in the list…
  // The verifier's gap is below the checker's two on the flawed line.
  await wb.editor.locator('.finding-glyph-gap').last().click();
  await expect(wb.finding('gap')).toHaveAttribute('aria-current', 'true');
  // …and selecting in the list selects in the editor; decisions are saved at once.
  await wb.finding('critical').click();
  await expect(wb.finding('critical')).toHaveAttribute('aria-current', 'true');
  await expect(wb.editor.locator('.finding-range.is-selected')).not.toHaveCount(0);
  await wb.finding('critical').getByTestId('finding-accept').click();
  await expect(wb.finding('critical')).toHaveAttribute('data-decision', 'accepted');
  const note = 'Prove the equality case from the tangent-line bound, not by substitution.';
  await wb.override('gap', note);
  await wb.finding('minor').getByTestId('finding-dismiss').click();
  await expect(wb.finding('minor')).toHaveAttribute('data-decision', 'dismissed');

  // The checker's two findings on the draft's termwise bound are left undecided: left out.
  await wb.refine('leave-out');
  await expect(wb.roundTab(2)).toBeVisible();
  const refineRequest = (await mock.log()).filter((r) => r.kind === 'refinement').at(-1);
  const prompt = refineRequest?.messages.map((m) => m.content).join('\n') ?? '';
  const decided = (await getSession(request, sessionId)).rounds[0].findings;
  const byKind = (s: string) => decided.find((f) => f.severity === s);
  expect(prompt).toContain(byKind('critical')?.description);
  expect(prompt).toContain(note);
  expect(prompt).not.toContain(byKind('minor')?.description);

  await wb.run('verify', 'succeeded');
  await expect(wb.scoreBadge()).toHaveAttribute('data-score', '1');

  // Everything survives a reload.
  await page.reload();
  await expect(wb.roundTab(1)).toContainText('0');
  await expect(wb.roundTab(2)).toContainText('1');
  await wb.roundTab(1).click();
  await expect(wb.finding('critical')).toHaveAttribute('data-decision', 'accepted');
  await expect(wb.finding('gap')).toHaveAttribute('data-decision', 'overridden');
  await expect(wb.finding('gap')).toContainText(note);
  await expect(wb.finding('minor')).toHaveAttribute('data-decision', 'dismissed');
});
