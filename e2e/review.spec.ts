import { ReviewPage } from './pages/review';
import { choose } from './pages/select';
import { getSession } from './support/api';
import { corpusFile } from './support/corpus';
import { APP_URL } from './support/env';
import { expect, test } from './support/fixtures';

const putnam = corpusFile('deepseek-math-v2/Putnam2024.jsonl');

test('bulk-import Putnam 2024 proofs with a preview, then walk the review queue by keyboard', async ({
  browser,
  page,
  request,
}) => {
  test.skip(!putnam.present, putnam.reason);
  const review = new ReviewPage(page);
  await review.importFile(putnam.path);
  // The preview is a dry run: twelve records, nothing created yet.
  await expect(page.getByTestId('review-preview-row')).toHaveCount(12);
  await expect(page.getByTestId('review-import-summary')).toContainText(
    'Preview: 12 record(s) will become sessions, 0 line(s) skipped',
  );
  await expect(page.getByTestId('review-preview-row').first()).toContainText('Putnam2024-A1');
  await review.commitAndOpenQueue();

  await expect(review.items()).toHaveCount(12);
  await expect(review.position()).toHaveText('1 / 12');
  await expect(review.current()).toContainText('Putnam2024-A1');
  const first = await review.currentSessionId();
  await expect(review.current().getByTestId('view-proof').locator('.katex').first()).toBeVisible();

  await page.keyboard.press('j');
  await expect(review.position()).toHaveText('2 / 12');
  await expect(review.current()).toContainText('Putnam2024-A2');
  await page.keyboard.press('ArrowRight');
  await expect(review.position()).toHaveText('3 / 12');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowLeft');
  await expect(review.position()).toHaveText('1 / 12');
  expect(await review.currentSessionId()).toBe(first);
  // The position survives a reload (it is in the URL).
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/[?&]i=2\b/);
  await page.reload();
  await expect(review.position()).toHaveText('2 / 12');

  // The queue's rows and the session at that place come with the page's HTML: a reviewer
  // reads them before any script has run.
  const bare = await browser.newContext({ javaScriptEnabled: false, baseURL: APP_URL });
  try {
    const noJs = new ReviewPage(await bare.newPage());
    await noJs.page.goto(page.url());
    await expect(noJs.items()).toHaveCount(12);
    await expect(noJs.items().first()).toContainText('Putnam2024-A1');
    await expect(noJs.position()).toHaveText('2 / 12');
    await expect(noJs.current()).toBeInViewport();
    await expect(noJs.current()).toContainText('Putnam2024-A2');
  } finally {
    await bare.close();
  }

  // Filter by score: only B5 has a mean automatic rating below 1.
  await choose(page, 'review-filter-score', 'below1');
  await expect(review.items()).toHaveCount(1);
  await expect(review.current()).toContainText('Putnam2024-B5');
  await choose(page, 'review-filter-score', 'any');
  await expect(review.items()).toHaveCount(12);
  // The records come without findings; what is left to decide is the checker's (a label
  // tagged twice, TeX that does not render): "unresolved" (key u) keeps exactly those sessions.
  const ids = await review
    .items()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id') ?? ''));
  expect(ids).toHaveLength(12);
  const open: string[] = [];
  for (const id of ids) {
    const s = await getSession(request, id);
    const pending = s.rounds[0].findings.filter((f) => f.decision === 'pending');
    expect(pending.every((f) => f.source === 'checker')).toBe(true);
    if (pending.length) open.push(id);
  }
  expect(open.length).toBeGreaterThan(0);
  expect(open.length).toBeLessThan(12);
  await page.keyboard.press('u');
  await expect(page.getByTestId('review-filter-unresolved')).toBeChecked();
  await expect(review.items()).toHaveCount(open.length);
  const shown = await review
    .items()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id') ?? ''));
  expect(shown.sort()).toEqual([...open].sort());

  const stored = await getSession(request, first);
  expect(stored.rounds).toHaveLength(1);
  expect(stored.rounds[0].origin).toBe('import');
  expect(stored.rounds[0].score).toBe(1);
});

const PROOF =
  'Let $n$ be odd.\nThen $n^2$ is odd because the square of an odd number is odd.\nDone.';
const REPORT = [
  '### Issues',
  '[ISSUE 1]',
  'Severity: gap',
  'Lines: L2',
  'Quote: "the square of an odd number is odd"',
  'Description: This is the claim itself.',
  'Suggested fix: Write $n = 2k+1$ and expand.',
  '',
  '### Score',
  '\\boxed{0.5}',
].join('\n');

test('pasted records: per-line errors in the preview, findings to decide in the queue', async ({
  page,
}) => {
  const review = new ReviewPage(page);
  await page.goto('/review/import');
  const jsonl = [
    JSON.stringify({
      id: 'odd-square',
      problem: 'Show that $n^2$ is odd for odd $n$.',
      proof: PROOF,
      report: REPORT,
    }),
    '{"problem": "unterminated',
    JSON.stringify({ id: 'no-proof', problem: 'Missing its proof' }),
    JSON.stringify({ id: 'clean', problem: 'Show $1 < 2$.', proof: 'Obvious: $2 - 1 = 1 > 0$.' }),
  ].join('\n');
  await page.getByTestId('review-import-text').fill(jsonl);
  await page.getByTestId('review-preview').click();
  await expect(page.getByTestId('review-preview-row')).toHaveCount(2);
  await expect(page.getByTestId('import-error')).toHaveCount(2);
  await expect(page.locator('[data-testid="import-error"][data-line="2"]')).toContainText(
    'not valid JSON',
  );
  await expect(page.locator('[data-testid="import-error"][data-line="3"]')).toContainText('proof');
  await expect(page.locator('[data-testid="review-preview-row"][data-line="1"]')).toContainText(
    '1 (1)',
  );
  await review.commitAndOpenQueue();

  await expect(review.items()).toHaveCount(2);
  await page.getByTestId('review-filter-unresolved').check();
  await expect(review.items()).toHaveCount(1);
  await expect(review.current()).toContainText('odd-square');
  // The finding sits after the block holding line 2.
  const note = review.current().getByTestId('view-finding');
  await expect(note).toHaveAttribute('data-start-line', '2');
  await review.current().getByTestId('review-accept').click();
  // Decided: no longer unresolved, so the filtered queue is empty.
  await expect(page.getByTestId('review-empty')).toBeVisible();
  await page.keyboard.press('u');
  await expect(review.items()).toHaveCount(2);
  await expect(review.current().getByTestId('review-finding')).toHaveAttribute(
    'data-decision',
    'accepted',
  );

  // The queue has the workbench's powers (issue 15): override with a note, reply, add a finding.
  const item = review.current();
  const theirs = item.getByTestId('review-finding').first();
  await theirs.getByTestId('review-override').click();
  await theirs.getByTestId('override-note').fill('Fine for a class exercise.');
  await theirs.getByTestId('override-save').click();
  await expect(theirs).toHaveAttribute('data-decision', 'overridden');
  await expect(theirs.getByTestId('review-note')).toContainText('Fine for a class exercise.');
  await theirs.getByTestId('reply-open').click();
  await theirs.getByTestId('reply-text').fill('Asked the student to expand it next time.');
  await theirs.getByTestId('reply-send').click();
  await expect(theirs.getByTestId('finding-reply')).toContainText('Asked the student');
  await item.getByTestId('review-add-finding').click();
  const dialog = page.getByTestId('finding-dialog');
  await dialog.getByTestId('review-finding-start').fill('3');
  await dialog.getByTestId('review-finding-end').fill('3');
  await expect(dialog.getByTestId('finding-dialog-quote')).toHaveText('Done.');
  await dialog.getByTestId('finding-form-severity-minor').check();
  await dialog.getByTestId('finding-form-description').fill('Say what is done.');
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/review-dialog.png` });
  await dialog.getByTestId('finding-form-save').click();
  await expect(dialog).toBeHidden();
  const mine = item.locator('[data-testid="review-finding"][data-source="person"]');
  await expect(mine).toContainText('Say what is done.');
  await expect(mine.getByTestId('finding-source')).toHaveText('person');
  await expect(item.locator('[data-testid="view-finding"][data-source="person"]')).toHaveAttribute(
    'data-start-line',
    '3',
  );
  if (process.env.SCREENSHOT_DIR) {
    await item.getByTestId('review-finding').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/review-decisions.png` });
  }
});
