import { MOCK_FLAWED_LINE } from '../scripts/mock-model/proof-texts';
import {
  MOCK_LEMMA_1_STATEMENT,
  MOCK_LEMMA_3_STATEMENT,
  MOCK_STRUCTURED_PROOF,
} from '../scripts/mock-model/structured-proof';
import { OutlinePane } from './pages/outline';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';
import { structuredDraft } from './support/structured';

/**
 * Issue 17, "Verify this part": a structured proof (the scripted model's `structured`
 * scenario: Lemma 2 cites Lemma 1 and holds the planted flaw, Lemma 3 the gap). Verifying
 * Lemma 2 alone sends Lemma 1's statement as a given fact and nothing of Lemma 3, streams,
 * and pins its finding on Lemma 2's line; the outline shows it and the part's score.
 */
const FLAW_LINE = MOCK_STRUCTURED_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;

test('Outline → Lemma 2 → Verify this part: it streams, and its finding lands on Lemma 2’s line and in its counts', async ({
  page,
  request,
}) => {
  const { id } = await structuredDraft(request);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const outline = new OutlinePane(page);
  await outline.open();
  // Before any verification, the checker's one finding: the bound's reason, 1 - x <= 2/3,
  // fails on (0, 1).
  await expect(outline.status('Lemma 2')).toHaveText(/gaps? 1.*1 open/);

  await outline.node('Lemma 2').click();
  await expect(outline.panel.getByTestId('outline-verify-part')).toBeInViewport();
  await shotsAt(page, 'verify-part-action');

  await mock.reset();
  await mock.scenario('structured', { tps: 60 });
  await outline.verifyPart('Lemma 2');
  await wb.waitForStatus('running');
  await expect(outline.panel.getByTestId('outline-verify-part')).toBeDisabled();
  await page.getByTestId('side-tab-findings').click();
  await expect(page.getByTestId('live-report')).toContainText('so far', {
    timeout: 30_000,
  });
  await shotsAt(page, 'verify-part-streaming');
  await wb.waitForStatus('succeeded');

  // Its one finding, on the flawed line of Lemma 2's proof.
  await expect(wb.finding('critical')).toHaveCount(1);
  await expect(wb.finding('critical')).toBeVisible();
  await expect
    .poll(async () => (await wb.placedDecorations()).map((d) => [d.startLine, d.endLine]))
    .toEqual([
      [FLAW_LINE, FLAW_LINE],
      [FLAW_LINE, FLAW_LINE],
    ]);

  await outline.open();
  await expect(outline.status('Lemma 2')).toHaveText(/critical 1.*2 open/);
  await expect(outline.partScore('Lemma 2')).toHaveText('part 0');
  await expect(outline.partScore('Lemma 2')).toBeInViewport();
  // Lemma 1 was only given, not verified: still unverified, no part score.
  await expect(outline.status('Lemma 1')).toHaveText('unverified');
  await expect(outline.partScore('Lemma 1')).toHaveCount(0);
  await shotsAt(page, 'verify-part-at-rest');

  const verifications = (await mock.log()).filter((r) => r.kind === 'verification');
  expect(verifications).toHaveLength(1);
  const prompt = verifications[0].messages.map((m) => m.content).join('\n');
  expect(prompt).toContain(MOCK_LEMMA_1_STATEMENT);
  expect(prompt).not.toContain(MOCK_LEMMA_3_STATEMENT);
  expect(prompt).toContain(`L${String(FLAW_LINE).padStart(3, '0')}| ${MOCK_FLAWED_LINE}`);
});

test('the runs API takes a node: 202 for a part, 404 for a node the proof lacks, 400 for samples', async ({
  request,
}) => {
  const { id, roundId } = await structuredDraft(request);
  const missing = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'verify', roundId, nodeId: 'lemma-9' },
  });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toMatch(/Part/);
  const many = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'verify', roundId, nodeId: 'lemma-2', samples: 4 },
  });
  expect(many.status()).toBe(400);
  const bad = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'verify', roundId, nodeId: '' },
  });
  expect(bad.status()).toBe(400);

  const ok = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'verify', roundId, nodeId: 'lemma-2' },
  });
  expect(ok.status()).toBe(202);
  const { runId } = await ok.json();
  await expect
    .poll(async () => (await getSession(request, id)).runs.find((r) => r.id === runId)?.status)
    .toBe('succeeded');
  const outline = await (await request.get(`/api/rounds/${roundId}/outline`)).json();
  const lemma2 = outline.nodes.find((n: { id: string }) => n.id === 'lemma-2');
  expect(lemma2).toMatchObject({
    partScore: 0,
    // The verifier's critical finding and the checker's gap on the same line.
    findings: { critical: 1, gap: 1, minor: 0, open: 2 },
  });
  expect(outline.verified).toBe(false);
  const round = (await getSession(request, id)).rounds[0];
  const verifierFindings = round.findings.filter((f) => f.source !== 'checker');
  expect(verifierFindings.map((f) => [f.nodeId, f.anchor?.startLine])).toEqual([
    ['lemma-2', FLAW_LINE],
  ]);
  expect(round.score).toBeNull();
});

test('Rewrite this part through the runs API: the new round is the old proof with Lemma 2 replaced, byte-identical outside it; no replacement, no round', async ({
  request,
}) => {
  const { id, roundId } = await structuredDraft(request);
  const lemma2 = '**Lemma 2.** Rewritten statement.\n\n*Proof.* Rewritten proof. ∎';
  await mock.reset();
  await mock.scenario('default', {
    tps: 0,
    content: `Fixed.\n=== BEGIN REPLACEMENT ===\n${lemma2}\n=== END REPLACEMENT ===`,
  });
  const res = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'refine', roundId, nodeId: 'lemma-2' },
  });
  expect(res.status()).toBe(202);
  const { runId } = await res.json();
  await expect
    .poll(async () => (await getSession(request, id)).runs.find((r) => r.id === runId)?.status)
    .toBe('succeeded');
  const rounds = (await getSession(request, id)).rounds;
  expect(rounds).toHaveLength(2);
  const old = MOCK_STRUCTURED_PROOF.split('\n');
  const start = old.findIndex((l) => l.startsWith('**Lemma 2.**'));
  const end = old.findIndex((l) => l.startsWith('**Lemma 3.**')) - 1; // the blank line after
  const expected = [...old.slice(0, start), ...lemma2.split('\n'), ...old.slice(end)].join('\n');
  expect(rounds[1].proof).toBe(expected);

  await mock.scenario('default', { tps: 0, content: 'A whole new proof, no markers.' });
  const bad = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'refine', roundId, nodeId: 'lemma-2' },
  });
  const badId = (await bad.json()).runId;
  await expect
    .poll(async () => (await getSession(request, id)).runs.find((r) => r.id === badId)?.status)
    .toBe('failed');
  const failed = await (await request.get(`/api/runs/${badId}`)).json();
  expect(failed.error).toMatch(/No round was created/);
  expect(failed.text).toBe('A whole new proof, no markers.');
  expect((await getSession(request, id)).rounds).toHaveLength(2);
});
