import { HomePage } from './pages/home';
import { createSession } from './support/api';
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
