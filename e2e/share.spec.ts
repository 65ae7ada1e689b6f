import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { plainLine, twoRoundSession } from './support/rounds';

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

test('a share link opens read-only in a fresh browser, reaches nothing else, and 404s once revoked', async ({
  page,
  browser,
  request,
}) => {
  const { id, session } = await twoRoundSession(request);
  const other = await createSession(request, 'A private problem about $\\zeta(3)$ nobody shared.');

  // Create the link from the workbench's Share menu.
  await page.goto(`/sessions/${id}`);
  // The author's pages have the app's top bar; the shared view (below) must not.
  await expect(page.getByTestId('topbar')).toBeVisible();
  await page.getByTestId('share-menu').click();
  await page.getByTestId('share-create').click();
  const link = page.getByTestId('share-link').first();
  await expect(link).toBeVisible();
  const token = (await link.getAttribute('data-token')) as string;
  expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  const url = `/s/${token}`;

  // A fresh context: no cookies, no cache, nothing shared with the author's browser.
  const guest = await browser.newContext();
  const g = await guest.newPage();
  const requests: string[] = [];
  g.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const res = await g.goto(url);
  expect(res?.status()).toBe(200);
  const view = g.getByTestId('read-only-session');
  await expect(view).toBeVisible();
  await expect(g.getByTestId('view-problem')).toContainText('positive');
  await expect(g.getByTestId('view-final-round')).toHaveAttribute('data-round-index', '2');
  await expect(g.getByTestId('view-earlier-round')).toHaveCount(1);
  // Decisions are shown, read-only.
  await g.getByTestId('view-earlier-round').locator('summary').click();
  await expect(g.locator('[data-testid="view-finding"][data-decision="overridden"]')).toContainText(
    'the bound holds termwise',
  );
  // No controls, no settings, no top bar, no way to other sessions.
  await expect(g.locator('button, input, textarea, select, [contenteditable="true"]')).toHaveCount(
    0,
  );
  await expect(g.getByTestId('topbar')).toHaveCount(0);
  const hrefs = await g
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href?.startsWith(`/s/${token}`)).toBe(true);
  const html = await g.content();
  expect(html).not.toContain(other);
  expect(html).not.toContain('zeta(3)');
  expect(html).not.toContain(id);
  expect(html).not.toContain('sk-proofdesk');
  // The page asked the server for no data of its own: it all came rendered.
  expect(requests.filter((p) => p.startsWith('/api/'))).toEqual([]);

  // Readable without JavaScript, and the raw HTML already holds the rendered formulas.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const n = await noJs.newPage();
  await n.goto(url);
  await expect(n.getByTestId('view-problem').locator('.katex').first()).toBeVisible();
  await expect(n.getByTestId('view-final-round')).toContainText(plainLine(session.rounds[1].proof));
  const raw = await (await request.get(url)).text();
  expect(raw).toContain('class="katex"');
  expect(raw).toContain('noindex');

  // Phone-sized viewport: no horizontal scrolling of the page.
  await g.setViewportSize({ width: 375, height: 740 });
  const overflow = await g.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  // The shared replay works with the same token and nothing else.
  await g.getByTestId('shared-replay-link').click();
  await expect(g.getByTestId('replay')).toHaveAttribute('data-step', '1');

  // Revoke from the workbench: the link is dead for everyone.
  await page.getByTestId('share-revoke').first().click();
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  expect((await g.goto(url))?.status()).toBe(404);
  expect((await g.goto(`${url}/replay`))?.status()).toBe(404);
  expect((await request.delete(`/api/shares/${token}`)).status()).toBe(404);
  expect((await request.get('/s/not-a-real-token-at-all-000')).status()).toBe(404);
  await guest.close();
  await noJs.close();
});

test('share API: 201 with token and url, list, revoke', async ({ request }) => {
  const id = await createSession(request, 'Prove that $3 > 2$.');
  const res = await request.post(`/api/sessions/${id}/share`);
  expect(res.status()).toBe(201);
  const share = await res.json();
  expect(share.url).toBe(`/s/${share.token}`);
  expect(Buffer.from(share.token, 'base64url').length).toBeGreaterThanOrEqual(16);
  const list = await (await request.get(`/api/sessions/${id}/share`)).json();
  expect(list.shares.map((s: { token: string }) => s.token)).toEqual([share.token]);
  expect((await request.get(share.url)).status()).toBe(200);
  expect((await request.delete(`/api/shares/${share.token}`)).status()).toBe(204);
  expect((await request.get(share.url)).status()).toBe(404);
  expect((await request.post('/api/sessions/missing/share')).status()).toBe(404);
});
