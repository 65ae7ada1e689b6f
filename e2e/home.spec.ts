import { HomePage } from './pages/home';
import { createSession } from './support/api';
import { APP_URL } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait, twoRoundSession } from './support/rounds';

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

test('home lists each session with its rounds, last score, last run and when it changed; search, filter, sort', async ({
  page,
  request,
}) => {
  const { id: worked } = await twoRoundSession(
    request,
    'Home check: prove the two-round inequality.',
  );
  const fresh = await createSession(request, 'Home check: a problem nobody has run yet.');
  const failed = await createSession(request, 'Home check: a draft that fails.');
  await mock.scenario('401');
  expect((await runAndWait(request, failed, 'generate')).status).toBe('failed');
  await mock.scenario('default', { tps: 0 });

  const home = new HomePage(page);
  await home.goto();
  await page.getByTestId('session-search').fill('Home check');
  const row = (id: string) => page.locator(`[data-testid="session-row"][data-session-id="${id}"]`);
  await expect(page.getByTestId('session-row')).toHaveCount(3);
  // What a person reads on the row of the worked session.
  await expect(row(worked).getByTestId('session-rounds')).toHaveText('2 rounds');
  await expect(row(worked).getByTestId('session-score')).toContainText('last 1');
  await expect(row(worked).getByTestId('session-state-label')).toHaveText('verify done');
  await expect(row(worked).getByTestId('session-when')).toHaveText('just now');
  await expect(row(fresh).getByTestId('session-rounds')).toHaveText('0 rounds');
  await expect(row(fresh).getByTestId('session-state-label')).toHaveText('never run');
  await expect(row(failed).getByTestId('session-state-label')).toHaveText('generate failed');

  // Filter by the last run's state (a Radix select).
  await page.getByTestId('session-state').click();
  await page.getByTestId('session-state-failed').click();
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(row(failed)).toBeVisible();
  await page.getByTestId('session-state').click();
  await page.getByTestId('session-state-any').click();

  // Sort by rounds: the worked session first; by title: alphabetical.
  await page.getByTestId('session-sort').click();
  await page.getByTestId('session-sort-rounds').click();
  await expect(page.getByTestId('session-row').first()).toHaveAttribute('data-session-id', worked);
  await page.getByTestId('session-sort').click();
  await page.getByTestId('session-sort-title').click();
  await expect(page.getByTestId('session-row').first()).toHaveAttribute('data-session-id', failed);

  // Search narrows on the problem text.
  await page.getByTestId('session-search').fill('nobody has run');
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(row(fresh)).toBeVisible();
});

test('every page has the Proofdesk icon (favicon)', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href ?? '');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('home’s newest sessions come with its HTML: readable before any script runs, then the same list once hydrated', async ({
  browser,
  page,
  request,
}) => {
  const id = await createSession(
    request,
    'Home HTML: prove that $\\frac{a}{b} + \\frac{b}{a} \\ge 2$ for all positive $a, b$.',
  );
  const rowIn = (p: typeof page) =>
    p.locator(`[data-testid="session-row"][data-session-id="${id}"]`);

  // Scripts off: what the server sent is all there is.
  const bare = await browser.newContext({ javaScriptEnabled: false, baseURL: APP_URL });
  try {
    const noJs = await bare.newPage();
    await noJs.goto('/');
    const row = rowIn(noJs);
    await expect(row).toBeInViewport();
    await expect(row).toContainText('Home HTML: prove that');
    await expect(row.locator('.katex')).toHaveCount(2);
    await expect(row).not.toContainText('\\frac');
    await expect(row.getByTestId('session-rounds')).toHaveText('0 rounds');
    await expect(row.getByTestId('session-state-label')).toHaveText('never run');
  } finally {
    await bare.close();
  }

  // Scripts on: the page hydrates what it was sent without a mismatch, and the list works.
  const complaints: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) complaints.push(m.text());
  });
  await new HomePage(page).goto();
  await expect(rowIn(page)).toBeInViewport();
  await expect(rowIn(page).getByTestId('session-when')).toHaveText('just now');
  await page.getByTestId('session-search').fill('Home HTML');
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await page.getByTestId('session-search').fill('');
  await expect(rowIn(page)).toBeVisible();
  expect(complaints).toEqual([]);
});

test('a title with TeX line breaks (pasted JSON-escaped) or broken TeX stays one row', async ({
  page,
  request,
}) => {
  // `\\frac` is a line break, then "frac": KaTeX stacked each piece on a line of its own.
  const plain = await createSession(request, 'Row check: a plain title.');
  const escaped = await createSession(
    request,
    'Row check: $\\\\sum_{k=1}^n \\\\frac{a_k}{k} = \\\\prod_{j=1}^n 2$ for all $n$.',
  );
  // Broken TeX is shown as its source, which may wrap in a paragraph but not in a row.
  const broken = await createSession(
    request,
    'Row check: broken $\\frac{1}{2$ and \\(x^{2\\) and more words after them.',
  );
  await new HomePage(page).goto();
  await page.getByTestId('session-search').fill('Row check');
  const row = (id: string) => page.locator(`[data-testid="session-row"][data-session-id="${id}"]`);
  // The titles, not the rows: a search adds each row a line of the text it matched.
  const title = (id: string) => row(id).getByRole('link').first();
  await expect(row(escaped)).toBeVisible();
  const [plainBox, escapedBox, brokenBox] = [
    await title(plain).boundingBox(),
    await title(escaped).boundingBox(),
    await title(broken).boundingBox(),
  ];
  // Stacked, the escaped title stood 3.5 times a plain one; on one line its scripts (the
  // subscripts after each \\) make it a little taller than plain text, not twice as tall.
  expect(escapedBox?.height).toBeLessThan((plainBox?.height ?? 0) * 2);
  // Wrapped, the broken title stood 1.5 times a plain one; unwrapped it is as tall.
  expect(brokenBox?.height).toBeLessThan((plainBox?.height ?? 0) * 1.25);
  await expect(row(escaped)).toContainText('Row check:');
  await expect(row(broken).locator('.math-error').first()).toBeVisible();
});
