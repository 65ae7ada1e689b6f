import path from 'node:path';
import { editorLine, OutlinePane } from './pages/outline';
import {
  domSize,
  manyFindingsRecord,
  pressInPage,
  ScaleFindings,
  ScaleReview,
  scaleRecords,
} from './pages/scale';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { shotsAt } from './support/screenshots';

// Issue 20: 2,000 imported sessions, on a server and database of this spec's own (the shared
// one keeps the small lists other specs count on).
const N = 2000;
const RARE = { index: 1234, word: 'xylophonic' };
const app = new AppProcess(APP_PORT + 2, appEnv(path.join(E2E_DATA, 'scale.db')));
let batch = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await app.start();
  const res = await fetch(`${app.url}/api/review/import?format=auto`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body: scaleRecords(N, RARE),
  });
  expect(res.status).toBe(201);
  const result = (await res.json()) as { batchId: string; records: unknown[] };
  expect(result.records).toHaveLength(N);
  batch = result.batchId;
});

test.afterAll(async () => {
  await app.stop();
});

test('home finds a session by a word only in its proof, and its list stays small', async ({
  page,
}) => {
  await page.goto(`${app.url}/`);
  await expect(page.getByTestId('session-count')).toContainText(`of ${N.toLocaleString('en-US')}`);
  // Titles render as Markdown and math, not as source.
  const first = page.getByTestId('session-row').first();
  await expect(first.locator('em')).toBeVisible();
  await expect(first.locator('.katex').first()).toBeVisible();
  // Scroll far down: pages arrive by cursor, the DOM stays bounded.
  const box = page.getByTestId('session-list-box');
  for (let i = 0; i < 12; i++) {
    await box.evaluate((el) => el.scrollBy(0, el.clientHeight * 3));
    await page.waitForTimeout(100);
  }
  await expect(page.getByTestId('session-count')).not.toContainText(/^50 of/);
  expect(await domSize(page)).toBeLessThan(3000);

  // A word in every title: the search lists the 1,000 most recent matches and says so.
  await page.getByTestId('session-search').fill('Parity');
  await expect(page.getByTestId('session-count')).toHaveText('50 of 1,000+ sessions');
  await expect(page.getByTestId('search-cap-note')).toBeVisible();
  await expect(page.getByTestId('search-cap-note')).toContainText('1,000 most recent');

  await page.getByTestId('session-search').fill(RARE.word);
  await expect(page.getByTestId('search-cap-note')).toHaveCount(0);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const row = page.getByTestId('session-row');
  await expect(row).toContainText(`Parity ${RARE.index}`);
  const match = row.getByTestId('session-match');
  await expect(match).toBeVisible();
  await expect(match).toHaveAttribute('data-kind', 'proof');
  await expect(match.locator('mark')).toHaveText(RARE.word);
  await match.click();
  await expect(page).toHaveURL(/\/sessions\/[\w-]+$/);
  await expect(page.getByText(`Show the parity of (${RARE.index} + 2k)^2.`).first()).toBeVisible();
});

test('the review queue pages through all 2,000 with j, its DOM bounded', async ({ page }) => {
  test.setTimeout(180_000);
  const review = new ScaleReview(page);
  await page.goto(`${app.url}/review?batch=${batch}`);
  await review.expectAt(1, N);
  await expect(review.current()).toContainText('Parity 1 of');
  let largestDom = 0;
  // Real key presses across the first page's edge (50 rows)…
  for (let i = 2; i <= 60; i++) await page.keyboard.press('j');
  await review.expectAt(60, N);
  // …then a held j, faster than the browser lets a page rewrite its address (200 times in
  // 10 s): the address still ends on the item shown, for a reload or a link.
  await pressInPage(page, 'j', 250, 'frames');
  await review.expectAt(310, N);
  await expect(page).toHaveURL(/[?&]i=310(&|$)/);
  await expect(
    page.getByTestId('review-item').and(page.locator('[aria-current="true"]')),
  ).toBeInViewport({ ratio: 1 });
  // …then the rest of the way in chunks, checking the DOM after each.
  for (let at = 310; at < N; ) {
    const step = Math.min(400, N - at);
    await pressInPage(page, 'j', step, 'react');
    at += step;
    await review.expectAt(at, N);
    largestDom = Math.max(largestDom, await domSize(page));
  }
  await review.expectAt(N, N);
  await expect(review.current()).toContainText(`Parity ${N} of`);
  // The current row of the list is the last one, and wholly in the window.
  const currentRow = page.locator('[data-testid="review-item"][aria-current="true"]');
  await expect(currentRow).toContainText(`Parity ${N}`);
  await expect(currentRow).toBeInViewport({ ratio: 1 });
  largestDom = Math.max(largestDom, await domSize(page));
  expect(largestDom).toBeLessThan(3000);
  // One more j stays on the last; a reload comes back to it.
  await page.keyboard.press('j');
  await review.expectAt(N, N);
  await expect(page).toHaveURL(/[?&]i=2000(&|$)/);
  await page.reload();
  await review.expectAt(N, N);
  await expect(review.current()).toContainText(`Parity ${N} of`);
});

test('a round with 1,500 findings keeps a bounded list, and j keeps the selected one in view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const n = 1500;
  const res = await fetch(`${app.url}/api/review/import?format=auto`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body: manyFindingsRecord(n),
  });
  expect(res.status).toBe(201);
  const { records } = (await res.json()) as { records: { sessionId: string; findings: number }[] };
  expect(records[0].findings).toBe(n);
  const findings = new ScaleFindings(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${app.url}/sessions/${records[0].sessionId}`);
  await expect(findings.cards().first()).toBeVisible();
  // Only the cards near the view are drawn, not 1,500.
  expect(await findings.cards().count()).toBeLessThan(60);
  for (let i = 1; i <= 40; i++) await page.keyboard.press('j');
  await expect(findings.selected()).toContainText('Finding number 40.');
  await expect(findings.selected()).toBeInViewport();
  // Far down the list by keyboard: the selected card is drawn and scrolled to.
  await pressInPage(page, 'j', 300, 'react');
  await expect(findings.selected()).toContainText('Finding number 340.');
  // Wholly in view, not just its head at the list's bottom edge.
  await expect(findings.selected()).toBeInViewport({ ratio: 1 });
  await shotsAt(page, 'findings-walked-340');
  // Another side tab hides the long list (it stays mounted, laid out as a column while shown).
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(findings.selected()).toBeHidden();
  expect(await findings.cards().count()).toBeLessThan(60);
  // The Outline's 1,500 steps are drawn a window at a time too (they once made 57,000 elements).
  const outline = new OutlinePane(page);
  await expect(outline.panel.getByTestId('outline-summary')).toHaveText('1500 steps');
  await expect(outline.node('Step 1')).toBeInViewport();
  expect(await outline.panel.getByTestId('outline-node').count()).toBeLessThan(80);
  expect(await domSize(page)).toBeLessThan(5000);
  // Scrolled to its end, the last step is there; clicking it shows its line in the editor.
  await outline.panel.getByTestId('outline-virtual').hover();
  await expect(async () => {
    await page.mouse.wheel(0, 60_000);
    await expect(outline.node('Step 1500')).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await outline.node('Step 1500').click();
  await expect(editorLine(page, 'Step 1500:')).toBeInViewport();
  await shotsAt(page, 'outline-1500-steps-end');
});
