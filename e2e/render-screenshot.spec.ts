import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { corpusFile } from './support/corpus';
import { ROOT } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

const CORPUS = corpusFile('deepseek-math-v2/IMO-ProofBench-Basic.jsonl');
/** Not committed: for a person to look at (test-results/ is ignored). */
const SHOTS = path.join(ROOT, 'test-results', 'render');
/** Raw LaTeX a reader must never see outside the editor: delimiters and common commands. */
const RAW_TEX = /.{0,40}(?:\\\(|\\\)|\\\[|\\\]|\\frac|\\begin\{|\$).{0,40}/g;
const rawTex = (text: string) => text.match(RAW_TEX) ?? [];

test.skip(!CORPUS.present, CORPUS.reason);

test('a corpus proof reads like typeset mathematics (screenshots for review)', async ({
  page,
  request,
}) => {
  const row = JSON.parse(fs.readFileSync(CORPUS.path, 'utf8').split('\n')[0]);
  const proof: string = row.model_prediction.proof;
  await mock.reset();
  await mock.scenario('default', {
    tps: 0,
    content: `## Solution\n\n${proof}\n\n## Self Evaluation\n\nAll steps are justified.\n\nBased on my evaluation, the final overall score should be: \\boxed{1}`,
  });
  const id = await createSession(request, row.question);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');

  const problem = page.getByTestId('problem-rendered');
  const preview = await wb.openPreview();
  await expect(preview.locator('.katex').first()).toBeVisible();
  await expect(problem.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'workbench.png') });
  for (const where of [problem, preview]) {
    expect(rawTex(await where.innerText())).toEqual([]);
    await expect(where.locator('.math-error')).toHaveCount(0);
  }

  // The whole proof as the print view (the HTML export) shows it.
  await page.goto(`/sessions/${id}/print`);
  const article = page.getByTestId('read-only-session');
  await expect(article.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, 'print.png'), fullPage: true });
  expect(rawTex(await article.innerText())).toEqual([]);
  await expect(article.locator('.math-error')).toHaveCount(0);
});
