import fs from 'node:fs';
import { ReviewPage } from './pages/review';
import { corpusFile } from './support/corpus';
import { expect, test } from './support/fixtures';
import { shotsAt } from './support/screenshots';
import { recordShownTexts, shownTexts } from './support/text-timeline';

/**
 * Issue 20: a web bulk import of real verifier reports shows its progress as it runs (a bar,
 * records done of the file's, records/s, time left), then how it ended.
 */
const reports = corpusFile('verifier-reports/grok-4.jsonl');
const N = 1_000;

/** `n` of the corpus's real reports (~16 kB each), repeated, each with its own id. */
function reportsFile(n: number, out: string): string {
  const base = fs
    .readFileSync(reports.path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const lines = Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length];
    return JSON.stringify({ ...r, id: `${r.id}-${i}` });
  });
  fs.writeFileSync(out, lines.join('\n'));
  return out;
}

test('a bulk import of 1,000 real reports shows records done, records/s and time left, then the result', async ({
  page,
}, testInfo) => {
  test.skip(!reports.present, reports.reason);
  const review = new ReviewPage(page);
  await recordShownTexts(page, 'review-import-progress-text');
  await review.importFile(reportsFile(N, testInfo.outputPath('reports.jsonl')));
  await expect(page.getByTestId('review-import-summary')).toContainText(
    `Preview: ${N} record(s) will become sessions, 0 line(s) skipped`,
  );
  await page.getByTestId('review-import-submit').click();

  const progress = page.getByTestId('review-import-progress');
  const text = page.getByTestId('review-import-progress-text');
  if ((await progress.getAttribute('data-state')) === 'running') {
    await expect(page.getByTestId('review-import-submit')).toHaveText(/Importing…/);
    await shotsAt(page, 'import-running', progress);
  }
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 120_000 });

  // While it ran, the page said how many of the 1,000 were done, how fast, how long was left;
  // the count only went up, and it was seen part way (not only at 0 and at the end). Read
  // from the page's own record: this test's reads can lag the page by seconds while the
  // 16 MB upload passes through the browser's debugging channel.
  const shown = (await shownTexts(page, 'review-import-progress-text')).map((s) => s.text);
  expect(shown.at(-1)).toMatch(/^Imported 1,000 records/);
  const running = shown.slice(0, -1);
  expect(running.length, shown.join('\n')).toBeGreaterThan(0);
  for (const t of running) {
    expect(t).toMatch(
      /^Importing: [\d,]+ \/ 1,000 records · [\d,]+ records\/s · (about [\d\smin]+ s left|estimating time left)$/,
    );
  }
  const done = running.map((t) => Number(/^Importing: ([\d,]+)/.exec(t)?.[1].replace(/,/g, '')));
  expect(done, 'records done only go up').toEqual([...done].sort((a, b) => a - b));
  expect(
    done.some((d) => d > 0 && d < N),
    shown.join('\n'),
  ).toBe(true);
  expect(
    running.some((t) => / s left$/.test(t)),
    shown.join('\n'),
  ).toBe(true);
  await expect(progress.getByRole('progressbar', { name: 'Records imported' })).toBeInViewport();

  // At rest: all 1,000 stored, the rate it ran at, and the way to the queue.
  await expect(text).toHaveText(
    /^Imported 1,000 records in [\d.]+ s \([\d,]+ records\/s\)\. The checker's findings are added in the background\.$/,
  );
  await expect(text).toBeInViewport();
  await expect(page.getByTestId('review-import-summary')).toContainText(
    `Imported: ${N} record(s), 0 line(s) skipped`,
  );
  await shotsAt(page, 'import-done', progress);
  await page.getByTestId('review-open-queue').click();
  await expect(page).toHaveURL(/\/review\?batch=/);
  await expect(review.position()).toHaveText(`1 / ${N}`);
  await expect(review.current()).toContainText('grok-4-solution_p1_grok4-000-0');
});

test('a failed import says why and that nothing was stored, and can be tried again', async ({
  page,
}) => {
  await page.goto('/review/import');
  const jsonl = [1, 2, 3]
    .map((i) => JSON.stringify({ id: `f${i}`, problem: `Show ${i} > 0.`, proof: `${i} > 0.` }))
    .join('\n');
  // The server's answer for a job whose database write failed (the disk filled up): a
  // failure the app cannot be made to have on demand, so the page is given the answer.
  await page.route('**/api/review/import/jobs/*', (route) =>
    route.fulfill({
      json: {
        id: 'job',
        state: 'failed',
        done: 2,
        total: 3,
        elapsedMs: 800,
        perSec: 2,
        etaSec: null,
        error:
          'The record on line 3 (f3) could not be stored: database or disk is full; nothing was stored.',
        result: null,
      },
    }),
  );
  await page.getByTestId('review-import-text').fill(jsonl);
  await page.getByTestId('review-preview').click();
  await expect(page.getByTestId('review-preview-row')).toHaveCount(3);
  await page.getByTestId('review-import-submit').click();
  const failed = page.getByTestId('review-import-failed');
  await expect(failed).toHaveText(
    'The import failed: The record on line 3 (f3) could not be stored: database or disk is full; nothing was stored.',
  );
  await expect(failed).toBeInViewport();
  await expect(page.getByTestId('review-open-queue')).toHaveCount(0);
  await expect(page.getByTestId('review-import-submit')).toBeEnabled();
  await shotsAt(page, 'import-failed', failed);
});
