import fs from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { editorLine, foldControlAt, OutlinePane, selectionExtent } from './pages/outline';
import { WorkbenchPage } from './pages/workbench';
import { corpusFile } from './support/corpus';
import { expect, test } from './support/fixtures';
import { shotsAt } from './support/screenshots';

/**
 * Issue 17: the proof as a tree. A structured proof opens with its outline beside the editor;
 * clicking a node selects its lines; a dangling reference is shown; the dependency view draws
 * the citation edge. Then the same on a long real proof from the corpus.
 */
const PROOF = [
  '## 1. Setup',
  '',
  'Let \\(n \\ge 1\\) and write \\(S_n = 1 + 2 + \\dots + n\\).',
  '',
  '**Lemma 1.** For every \\(n\\), \\(2 S_n = n(n+1)\\).',
  '',
  '*Proof.* Pair the terms:',
  '\\[',
  '2 S_n = \\sum_{k=1}^{n} \\bigl(k + (n+1-k)\\bigr) = n(n+1). \\tag{1}',
  '\\]',
  '∎',
  '',
  '**Lemma 2.** \\(n\\) divides \\(S_n\\) exactly when \\(n\\) is odd.',
  '',
  '*Proof.* By Lemma 1 and (1), \\(S_n = n(n+1)/2\\).',
  '',
  '**Case 1:** \\(n\\) odd. Then \\((n+1)/2\\) is an integer, so \\(n \\mid S_n\\).',
  '',
  '**Case 2:** \\(n\\) even. Then \\(S_n / n = (n+1)/2\\) is never an integer here.',
  '',
  '## 2. Conclusion',
  '',
  'By Lemma 2 and Lemma 7, the claim holds for every odd \\(n\\).',
].join('\n');

const REPORT = `### Issues
[ISSUE 1]
Severity: gap
Lines: L19
Quote: "is never an integer here"
Description: Say why (n+1)/2 is not an integer when n is even.
Suggested fix: n + 1 is odd.

### Score
\\boxed{0.5}`;

async function importRecord(request: APIRequestContext, record: object): Promise<string> {
  const res = await request.post('/api/review/import', {
    data: `${JSON.stringify(record)}\n`,
    headers: { 'Content-Type': 'application/x-ndjson' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).records[0].sessionId;
}

/** The selection the editor shows covers `inside` and stops before `after`. */
async function expectSelected(page: Page, inside: Locator[], after: Locator) {
  await expect.poll(() => selectionExtent(page)).not.toBeNull();
  const sel = (await selectionExtent(page)) as { top: number; bottom: number };
  for (const line of inside) {
    await expect(line).toBeInViewport();
    const box = (await line.boundingBox()) as { y: number; height: number };
    expect(box.y + box.height / 2).toBeGreaterThan(sel.top);
    expect(box.y + box.height / 2).toBeLessThan(sel.bottom);
  }
  const next = await after.boundingBox();
  if (next) expect(next.y + next.height / 2).toBeGreaterThan(sel.bottom);
}

test('the outline shows a structured proof’s lemmas and cases; clicking one selects its lines; a dangling reference and the dependency edge are shown', async ({
  page,
  request,
}) => {
  const id = await importRecord(request, {
    id: 'sums',
    problem: 'When does n divide S_n?',
    proof: PROOF,
    report: REPORT,
  });
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const outline = new OutlinePane(page);
  await outline.open();

  for (const label of ['1.', 'Lemma 1', 'Lemma 2', 'Case 1', 'Case 2', '2.'])
    await expect(outline.node(label)).toBeVisible();
  // The verifier's gap on Case 2 rolls up to Case 2 and to Lemma 2; Lemma 1 has no finding.
  await expect(outline.status('Case 2')).toHaveText(/gaps 1.*1 open/);
  await expect(outline.status('Lemma 2')).toHaveText(/gaps 1/);
  await expect(outline.status('Lemma 1')).toHaveText('no issues found');
  // The conclusion's only finding is minor: no gaps, but not "no issues found" either.
  await expect(outline.status('2.')).toHaveText(/^no gaps.*1 minor/);
  await expect(outline.dangling).toContainText('Lemma 7 · L23');

  await outline.node('Lemma 2').click();
  await expectSelected(
    page,
    [
      editorLine(page, 'divides'),
      editorLine(page, 'Case 1:'),
      editorLine(page, 'is never an integer'),
    ],
    editorLine(page, '2. Conclusion'),
  );
  await shotsAt(page, 'outline-tree');

  // The editor folds by the outline: Lemma 2 folds away its proof and cases, and opens again.
  await page.getByTestId('proof-editor').locator('div.margin[role="presentation"]').hover();
  const fold = await foldControlAt(page, editorLine(page, 'divides').first());
  expect(fold, 'a fold control on the Lemma 2 line').not.toBeNull();
  await fold?.click();
  await expect(editorLine(page, 'Case 1:')).toHaveCount(0);
  await expect(editorLine(page, '2. Conclusion')).toBeVisible();
  // Monaco redraws its gutter: find the (now "collapsed") control again.
  await (await foldControlAt(page, editorLine(page, 'divides').first()))?.click();
  await expect(editorLine(page, 'Case 1:')).toBeVisible();

  await outline.showGraph();
  await expect(outline.edge('lemma-2', 'lemma-1')).toHaveCount(1);
  await expect(outline.edge('main-argument', 'lemma-2')).toHaveCount(1);
  await expect(outline.graphNode('Lemma 2')).toHaveAttribute('data-status', 'gaps');
  await expect(outline.graphNode('Lemma 1')).toHaveAttribute('data-status', 'clean');
  await shotsAt(page, 'outline-graph');
  await outline.graphNode('Lemma 1').click();
  await expectSelected(
    page,
    [editorLine(page, 'For every'), editorLine(page, 'Pair the terms')],
    editorLine(page, 'divides'),
  );
});

test('a node keeps its identity across rounds: its story shows beside it', async ({
  page,
  request,
}) => {
  const id = await importRecord(request, {
    id: 'story',
    problem: 'When does n divide S_n?',
    proof: PROOF,
    report: REPORT,
  });
  const session = await (await request.get(`/api/sessions/${id}`)).json();
  // The person rewrites Case 2 by hand: the verified round 1 forks into round 2.
  const fixed = PROOF.replace('is never an integer here', 'is not an integer, as n + 1 is odd');
  const saved = await request.patch(`/api/rounds/${session.rounds[0].id}`, {
    data: { proof: fixed },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  expect((await saved.json()).forked).toBe(true);

  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect(page.getByTestId('editor-title')).toHaveText('Proof · R2');
  const outline = new OutlinePane(page);
  await outline.open();
  await expect(outline.history('Case 2')).toHaveText('gaps in R1, unverified in R2');
  await expect(outline.history('Lemma 2')).toHaveText('gaps in R1, unverified in R2');
  // A node that never had a problem tells no story.
  await expect(outline.history('Lemma 1')).toHaveCount(0);
  await shotsAt(page, 'outline-history');
});

const IMO = corpusFile('deepseek-math-v2/IMO-ProofBench-Basic.jsonl');

test('the outline and the dependency graph render for a long corpus proof, and a click far down selects those lines', async ({
  page,
  request,
}) => {
  test.skip(!IMO.present, IMO.reason);
  // PB-Basic-029: 326 lines, sections, a lemma with its proof, an observation and a case.
  const line = fs.readFileSync(IMO.path, 'utf8').split('\n')[28];
  const id = await importRecord(request, JSON.parse(line));
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const outline = new OutlinePane(page);
  await outline.open();
  await expect(outline.node('Lemma 1')).toBeVisible();
  const last = outline.panel.getByTestId('outline-node-name').last();
  await last.scrollIntoViewIfNeeded();
  const title = (await last.innerText()).split('\n').at(-1) as string;
  await last.click();
  await expect(editorLine(page, title.slice(0, 20)).first()).toBeInViewport();
  await expect.poll(() => selectionExtent(page)).not.toBeNull();
  await shotsAt(page, 'outline-long-tree');
  await outline.showGraph();
  await expect(outline.graph.getByTestId('dependency-node').first()).toBeVisible();
  await shotsAt(page, 'outline-long-graph');
});
