import type { Page } from '@playwright/test';
import {
  MOCK_FIXED_LINE,
  MOCK_FLAWED_LINE,
  MOCK_GAP_LINE,
} from '../scripts/mock-model/proof-texts';
import { MOCK_STRUCTURED_PROOF } from '../scripts/mock-model/structured-proof';
import { editorLine, OutlinePane } from './pages/outline';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';
import { shotsAt } from './support/screenshots';
import { structuredDraft } from './support/structured';

/**
 * Issue 17, "Rewrite this part" from the outline: the replacement streams in the outline's
 * own pane while the editor keeps the proof as stored; the new round is the old proof with
 * Lemma 2 spliced in, every other line byte-identical, and the findings outside the part
 * carried over with their decisions and notes. An answer with no replacement makes no round
 * and shows why, with the answer.
 */
const FLAW_NOTE = 'Use the tangent line at one third instead of the termwise bound.';
const GAP_NOTE = 'Derive the equality case from the bound, both directions.';
const REWRITTEN = MOCK_STRUCTURED_PROOF.replace(MOCK_FLAWED_LINE, MOCK_FIXED_LINE);

/** A text without its whitespace: Monaco wraps long lines wherever it likes. */
const unwrapped = (text: string) => text.replace(/\s+/g, '');

/**
 * Waits until the editor shows all of `expected`, read in a window tall enough that every line
 * is drawn. The window stays tall while it waits: Monaco draws the lines a resize brings into
 * view a frame or more later (on a loaded machine, later still), so a read right after each
 * resize saw only the lines drawn before it.
 */
async function expectSeenWhole(page: Page, wb: WorkbenchPage, expected: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 1800 });
  await expect.poll(async () => unwrapped(await wb.editorText())).toBe(unwrapped(expected));
  if (before) await page.setViewportSize(before);
}

async function verifiedWithNotes(request: Parameters<typeof structuredDraft>[0]) {
  const { id } = await structuredDraft(request);
  expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
  const r1 = (await getSession(request, id)).rounds[0];
  const byLine = (line: string) => {
    const f = r1.findings.find(
      (x) => x.source !== 'checker' && x.quote.includes(line.slice(0, 30)),
    );
    if (!f) throw new Error(`no finding on ${line}`);
    return f;
  };
  for (const [f, note] of [
    [byLine(MOCK_FLAWED_LINE), FLAW_NOTE],
    [byLine(MOCK_GAP_LINE), GAP_NOTE],
  ] as const) {
    const res = await request.patch(`/api/findings/${f.id}`, {
      data: { decision: 'accepted', note },
    });
    expect(res.ok(), await res.text()).toBe(true);
  }
  return { id, flaw: byLine(MOCK_FLAWED_LINE), gap: byLine(MOCK_GAP_LINE) };
}

test('Outline → Lemma 2 → Rewrite this part: it streams in the outline, and the new round is the old proof with Lemma 2 spliced in', async ({
  page,
  request,
}) => {
  const { id, flaw, gap } = await verifiedWithNotes(request);
  // Lemma 1 verified on its own: the rewrite of Lemma 2 leaves it as it was.
  const r1 = (await getSession(request, id)).rounds[0].id;
  const lemma1 = { kind: 'verify', roundId: r1, nodeId: 'lemma-1' };
  expect((await runAndWait(request, id, lemma1)).status).toBe('succeeded');
  const lemma1Score = (await getSession(request, id)).rounds[0].partScores?.['lemma-1'];
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const outline = new OutlinePane(page);
  await outline.open();
  await expect(outline.partScore('Lemma 1')).toHaveText(`part ${lemma1Score ?? '—'}`);

  await mock.reset();
  await mock.scenario('structured', { tps: 30 });
  await outline.rewritePart('Lemma 2');
  await expect(outline.rewrite).toHaveAttribute('data-state', 'live');
  await expect(outline.rewrite).toContainText('Rewriting Lemma 2');
  // Only the replacement streams, into the outline's pane; the editor keeps round 1 as stored.
  await expect(page.getByTestId('part-rewrite-text')).toContainText('Lemma 2.', {
    timeout: 30_000,
  });
  await expect(outline.rewrite).toBeInViewport();
  await expect(editorLine(page, 'holds termwise for every')).toBeVisible();
  expect(await wb.editorText()).not.toContain('BEGIN REPLACEMENT');
  await expect(outline.panel.getByTestId('outline-rewrite-part')).toBeDisabled();
  await expect(wb.status).toContainText('rewrite part');
  await shotsAt(page, 'rewrite-part-streaming');

  await wb.waitForStatus('succeeded');
  await expect(outline.rewrite).toContainText('Lemma 2 rewritten into round 2');
  // The editor opens the new round: the person sees the repaired line, and round 1 elsewhere.
  await expect(editorLine(page, 'because')).toBeVisible();
  await expect(editorLine(page, 'holds termwise for every')).toHaveCount(0);
  await expectSeenWhole(page, wb, REWRITTEN);

  // Through the API: every line outside Lemma 2 byte-identical.
  const session = await getSession(request, id);
  expect(session.rounds).toHaveLength(2);
  const [before, after] = session.rounds.map((r) => r.proof.split('\n'));
  expect(after).toHaveLength(before.length);
  const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i + 1]));
  expect(changed).toEqual([before.indexOf(MOCK_FLAWED_LINE) + 1]);
  expect(session.rounds[1].proof).toBe(REWRITTEN);

  // The gap on Lemma 3 (outside the part) is carried over as decided; the flaw is not.
  const carried = session.rounds[1].findings.filter((f) => f.source !== 'checker');
  expect(carried.map((f) => [f.carriedFromId, f.decision, f.note])).toEqual([
    [gap.id, 'accepted', GAP_NOTE],
  ]);
  await page.getByTestId('side-tab-findings').click();
  await expect(wb.finding('gap')).toBeVisible();
  await expect(wb.finding('gap')).toContainText(GAP_NOTE);
  await outline.open();
  // Round 2's outline: Lemma 1 reads the same and keeps its part score; Lemma 2 is new.
  await expect(outline.partScore('Lemma 1')).toHaveText(`part ${lemma1Score ?? '—'}`);
  await expect(outline.partScore('Lemma 2')).toHaveCount(0);
  // Round 2 was not verified: the carried gap does not make its other parts look clean.
  await expect(outline.status('Lemma 2')).toHaveText('unverified');
  await expect(outline.history('Lemma 2')).toHaveText('critical in R1, unverified in R2');
  await shotsAt(page, 'rewrite-part-at-rest');

  // The prompt held the part's finding with the person's note, and nothing of Lemma 3's.
  const asks = (await mock.log()).filter((r) => r.kind === 'part-refinement');
  expect(asks).toHaveLength(1);
  const prompt = asks[0].messages.map((m) => m.content).join('\n');
  expect(prompt).toContain(FLAW_NOTE);
  expect(prompt).toContain(flaw.description);
  expect(prompt).not.toContain(GAP_NOTE);
});

test('Rewrite this part with an answer that has no replacement: no round, the reason and the raw answer', async ({
  page,
  request,
}) => {
  const { id } = await structuredDraft(request);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const outline = new OutlinePane(page);
  await outline.open();
  const answer = 'Here is a whole new proof instead, with no markers at all.';
  await mock.reset();
  await mock.scenario('structured', { tps: 0, content: answer });
  await outline.rewritePart('Lemma 2');
  await wb.waitForStatus('failed');
  await expect(outline.rewrite).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('part-rewrite-reason')).toContainText('No round was created');
  await expect(page.getByTestId('part-rewrite-reason')).toContainText('BEGIN REPLACEMENT');
  await expect(page.getByTestId('part-rewrite-raw')).toHaveText(answer);
  await expect(page.getByTestId('part-rewrite-raw')).toBeInViewport();
  await shotsAt(page, 'rewrite-part-no-replacement');
  expect((await getSession(request, id)).rounds).toHaveLength(1);
  await expectSeenWhole(page, wb, MOCK_STRUCTURED_PROOF);
  await page.getByTestId('part-rewrite-close').click();
  await expect(outline.rewrite).toHaveCount(0);
});
