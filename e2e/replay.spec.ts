import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { plainLine, twoRoundSession } from './support/rounds';

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

test('replay a two-round session: draft, findings on their lines, decisions, refined draft', async ({
  page,
  request,
}) => {
  const { id, session } = await twoRoundSession(request);
  const [r1, r2] = session.rounds;
  await page.goto(`/sessions/${id}`);
  // The workbench has the app's top bar; the replay (for a projector) must not.
  await expect(page.getByTestId('topbar')).toBeVisible();
  await page.getByTestId('replay-link').click();
  const replay = page.getByTestId('replay');
  await expect(replay).toHaveAttribute('data-step', '1');
  await expect(replay).toHaveAttribute('data-phase', 'draft');
  await expect(replay).toHaveAttribute('data-round-index', '1');
  await expect(page.getByTestId('view-finding')).toHaveCount(0);
  await expect(page.getByTestId('topbar')).toHaveCount(0);
  // Large type for a projector.
  const size = await replay.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);

  // Findings appear one by one, each after the block holding its lines.
  for (let k = 1; k <= r1.findings.length; k++) {
    await page.keyboard.press('ArrowRight');
    await expect(replay).toHaveAttribute('data-phase', 'finding');
    await expect(page.getByTestId('view-finding')).toHaveCount(k);
    await expect(page.getByTestId('replay-label')).toHaveText(
      `Round 1 · finding ${k} of ${r1.findings.length}`,
    );
  }
  const critical = r1.findings.find((f) => f.severity === 'critical');
  const placed = page.locator('[data-testid="view-finding"][data-severity="critical"]');
  await expect(placed).toHaveAttribute('data-start-line', String(critical?.anchor?.startLine));
  // Before the verdict, no decision is shown.
  await expect(page.locator('[data-testid="view-finding"] >> text=overridden')).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(replay).toHaveAttribute('data-phase', 'verdict');
  await expect(page.getByTestId('replay-verdict')).toContainText(`Verifier score: ${r1.score}`);
  await expect(page.locator('[data-testid="view-finding"][data-decision="accepted"]')).toHaveCount(
    1,
  );
  await expect(
    page.locator('[data-testid="view-finding"][data-decision="overridden"]'),
  ).toContainText('the bound holds termwise');

  await page.keyboard.press('PageDown');
  await expect(replay).toHaveAttribute('data-round-index', '2');
  await expect(replay).toHaveAttribute('data-phase', 'draft');
  await expect(page.getByTestId('replay-label')).toHaveText('Round 2 · refined draft');
  await expect(page.getByTestId('view-proof')).toContainText(plainLine(r2.proof));

  // Back and forth, ends, and the URL keeps the step across a reload.
  await page.keyboard.press('k');
  await expect(replay).toHaveAttribute('data-phase', 'verdict');
  await page.keyboard.press('End');
  await expect(replay).toHaveAttribute('data-phase', 'verdict');
  await expect(replay).toHaveAttribute('data-round-index', '2');
  await expect(page.getByTestId('replay-verdict')).toContainText('Verifier score: 1');
  const last = await replay.getAttribute('data-step');
  await page.reload();
  await expect(replay).toHaveAttribute('data-step', last as string);
  // The server-rendered page shows the step before its keys are live (hydration): a key
  // pressed in between is not heard, so press until the page answers.
  await expect(async () => {
    await page.keyboard.press('Home');
    await expect(replay).toHaveAttribute('data-step', '1', { timeout: 1_000 });
  }).toPass();
  await page.getByTestId('replay-next').click();
  await expect(replay).toHaveAttribute('data-step', '2');
});

test('replay steps by links without JavaScript', async ({ browser, request }) => {
  const { id } = await twoRoundSession(request);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`/sessions/${id}/replay`);
  await expect(page.getByTestId('replay')).toHaveAttribute('data-step', '1');
  await page.getByTestId('replay-next').click();
  await expect(page.getByTestId('replay')).toHaveAttribute('data-step', '2');
  await expect(page.getByTestId('view-finding')).toHaveCount(1);
  await ctx.close();
  expect((await request.get('/sessions/missing/replay')).status()).toBe(404);
});

test('replay for a class at 1280×720: problem first, every finding centred below the bar', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { id, session } = await twoRoundSession(request);
  const r1 = session.rounds[0];
  await page.goto(`/sessions/${id}/replay`);
  const replay = page.getByTestId('replay');
  await expect(replay).toHaveAttribute('data-step', '1');
  // The class reads the problem first.
  await expect(page.getByTestId('replay-problem')).toHaveAttribute('open', '');
  await expect(page.getByTestId('replay-problem').locator('.katex').first()).toBeInViewport();
  const progress = page.getByTestId('replay-progress');
  await expect(progress).toBeInViewport();
  await expect(progress).toHaveAttribute('aria-valuenow', '1');
  // Readable from the back of the room.
  const proofSize = await page
    .getByTestId('proof-block')
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(proofSize).toBeGreaterThanOrEqual(24);

  const bar = page.locator('header').first();
  for (let k = 1; k <= r1.findings.length; k++) {
    await page.keyboard.press(k % 2 ? ' ' : 'ArrowRight');
    await expect(page.getByTestId('replay-label')).toHaveText(
      `Round 1 · finding ${k} of ${r1.findings.length}`,
    );
    const current = page.getByTestId('replay-current');
    await expect(current).toBeInViewport();
    const barBottom =
      ((await bar.boundingBox())?.y ?? 0) + ((await bar.boundingBox())?.height ?? 0);
    await expect
      .poll(async () => (await current.boundingBox())?.y ?? -1, { message: 'below the sticky bar' })
      .toBeGreaterThanOrEqual(barBottom);
    await expect(progress).toHaveAttribute('aria-valuenow', String(k + 1));
  }
  // The problem folds once the findings start.
  await expect(page.getByTestId('replay-problem')).not.toHaveAttribute('open', '');
});

test('a finding step opened while the fonts are still on their way ends centred below the bar', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { id } = await twoRoundSession(request);
  // A first visit on a loaded machine: the fonts come after the step has been scrolled to,
  // and the formulas above the finding change height when they do.
  await page.route(/\.(woff2?|ttf)(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`/sessions/${id}/replay?step=3`);
  const current = page.getByTestId('replay-current');
  await expect(current).toBeInViewport();
  await page.evaluate(() => document.fonts.ready);
  // Where `scrollIntoView({ block: 'center' })` puts it: its box and the scroll margin kept
  // for the sticky bar, centred in the window.
  await expect
    .poll(
      () =>
        current.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const margin = Number.parseFloat(getComputedStyle(el).scrollMarginTop);
          return Math.abs((box.top - margin + box.bottom) / 2 - window.innerHeight / 2);
        }),
      { message: 'pixels off centre once the fonts are in', timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
  await expect(current).toContainText('Computed by the checker');
});
