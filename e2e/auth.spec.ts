import path from 'node:path';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { fillRoute, listApiRoutes } from './support/api-routes';
import { AppClient } from './support/app-client';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { rawRequest, rssBytes, uploadAndAbandon } from './support/raw-http';

const TOKEN = 'pd-test-token-7c1e0b9a4d2f';
const UNKNOWN = 'AAAAAAAAAAAAAAAAAAAAAA';

test.beforeEach(async () => {
  await mock.reset();
});

test.describe('with PROOFDESK_AUTH_TOKEN set', () => {
  const app = new AppProcess(
    APP_PORT + 7,
    appEnv(path.join(E2E_DATA, 'auth.db'), { PROOFDESK_AUTH_TOKEN: TOKEN }),
  );
  const owner = new AppClient(app.url, { Authorization: `Bearer ${TOKEN}` });
  test.beforeAll(async () => {
    await app.start();
  });
  test.afterAll(async () => {
    await app.kill();
  });

  test('every API route refuses a request without the token (401 + message), and takes the Bearer header', async () => {
    const stranger = new AppClient(app.url);
    for (const route of listApiRoutes()) {
      if (route.template.startsWith('/api/auth/')) continue;
      const url = fillRoute(route.template, {}, UNKNOWN);
      for (const method of route.methods) {
        const res = await stranger.call(method, url, method === 'GET' ? undefined : {});
        expect.soft(res.status, `${method} ${route.template}`).toBe(401);
        expect.soft((await res.json()).error?.message ?? '').toMatch(/token/i);
      }
    }
    const wrong = new AppClient(app.url, { Authorization: 'Bearer not-the-token' });
    expect((await wrong.call('GET', '/api/sessions')).status).toBe(401);
    expect((await owner.call('GET', '/api/sessions')).status).toBe(200);
  });

  test('pages send a stranger to the login form, which brings them back once signed in', async ({
    page,
  }) => {
    const { id } = await owner.createSession(MOCK_PROBLEM);
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(page).toHaveURL(/\/login\?next=%2Fsessions%2F/);
    await page.getByTestId('login-token').fill('a wrong guess');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
    await page.getByTestId('login-token').fill(TOKEN);
    await page.getByTestId('login-submit').click();
    await expect(page).toHaveURL(`${app.url}/sessions/${id}`);
    // Signed in, the whole workbench works, the run's event stream included.
    const wb = new WorkbenchPage(page);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await wb.button('generate').click();
    await wb.waitForStatus('succeeded');
    await expect.poll(() => wb.editorText()).toContain('holds termwise');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'proofdesk_auth');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
    expect(cookie?.value).not.toContain(TOKEN);
    // Signing out ends it.
    await page.request.post(`${app.url}/api/auth/logout`, { maxRedirects: 0 });
    await page.goto(`${app.url}/`);
    await expect(page).toHaveURL(/\/login/);
  });

  test('logout ends the login on the server: a replayed cookie gets 401', async ({ page }) => {
    await page.goto(`${app.url}/login`);
    await page.getByTestId('login-token').fill(TOKEN);
    await page.getByTestId('login-submit').click();
    await expect(page).toHaveURL(`${app.url}/`);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'proofdesk_auth');
    expect(cookie?.value).toBeTruthy();
    const stolen = `proofdesk_auth=${cookie?.value}`;
    const withCookie = () => rawRequest(`${app.url}/api/sessions`, { headers: { Cookie: stolen } });
    expect((await withCookie()).status).toBe(200);
    // The Sign-out button, as a person uses it.
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await withCookie()).status).toBe(401);
    const pageRes = await rawRequest(`${app.url}/`, { headers: { Cookie: stolen } });
    expect(pageRes.status).toBe(303);
    expect(pageRes.headers.location).toMatch(/^\/login/);
  });

  test('after signing in, a next= that a browser would turn into another site lands on this app', async ({
    page,
  }) => {
    const visited: string[] = [];
    await page.context().route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => {
        visited.push(route.request().url());
        return route.fulfill({ contentType: 'text/plain', body: 'evil' });
      },
    );
    for (const next of [
      '/%09/evil.example',
      '/%0a/evil.example',
      '/%5C/evil.example',
      '//evil.example',
    ]) {
      await page.context().clearCookies();
      await page.goto(`${app.url}/login?next=${next}`);
      await page.getByTestId('login-token').fill(TOKEN);
      await page.getByTestId('login-submit').click();
      await page.waitForLoadState();
      expect(new URL(page.url()).origin, next).toBe(app.url);
    }
    // A crafted form post (no login page involved) cannot send the browser away either.
    const res = await rawRequest(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}&next=%2F%09%2Fevil.example`,
    });
    expect(res.status).toBe(303);
    expect(new URL(res.headers.location ?? '', app.url).origin).toBe(app.url);
    expect(visited).toEqual([]);
  });

  test('failed logins are rate-limited per client address (429 + Retry-After)', async () => {
    const attempt = (address: string) =>
      rawRequest(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Forwarded-For': address,
        },
        body: 'token=a-wrong-guess-0000000&next=%2F',
      });
    for (let i = 0; i < 10; i++) expect((await attempt('203.0.113.9')).status).toBe(303);
    const limited = await attempt('203.0.113.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body).error.message).toMatch(/try again/i);
    // The person at the login form gets a page saying so, not JSON.
    const asPage = await rawRequest(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': '203.0.113.9',
        Accept: 'text/html',
      },
      body: 'token=another-wrong-guess-00&next=%2F',
    });
    expect(asPage.status).toBe(429);
    expect(asPage.headers['content-type']).toContain('text/html');
    expect(asPage.body).toMatch(/Try again in \d+ s/);
    // Even the right token waits: the address is out of tries for now.
    const right = await rawRequest(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': '203.0.113.9',
      },
      body: `token=${TOKEN}`,
    });
    expect(right.status).toBe(429);
    // Another address is not affected.
    expect((await attempt('198.51.100.4')).status).toBe(303);
  });

  test('unauthenticated 60 MB bodies are refused unread: five at once grow memory < 100 MB', async () => {
    const pid = app.pid as number;
    // Warm the route up (module load) before the baseline.
    expect((await rawRequest(`${app.url}/api/sessions/import`, { method: 'POST' })).status).toBe(
      401,
    );
    const baseline = rssBytes(pid);
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssBytes(pid));
    }, 20);
    const targets = [
      '/api/sessions/import',
      '/api/review/import',
      '/api/problems/import',
      '/api/sessions',
      '/', // a page, through the proxy
    ];
    try {
      const statuses = await Promise.all(
        targets.map((t) =>
          uploadAndAbandon(`${app.url}${t}`, 60 * 1024 * 1024, {
            'Content-Type': 'application/json',
          }),
        ),
      );
      expect(statuses).toEqual([401, 401, 401, 401, 303]);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - baseline) / 1024 / 1024;
    test.info().annotations.push({ type: 'rss growth', description: `${growthMb.toFixed(1)} MB` });
    console.log(
      `[auth.spec] five 60 MB unauthenticated bodies: server RSS grew ${growthMb.toFixed(1)} MB`,
    );
    expect(growthMb).toBeLessThan(100);
  });

  test('a share link opens without the token, and reveals nothing else', async ({ browser }) => {
    const { id } = await owner.createSession('Shared problem: prove that 1 + 1 = 2.');
    const other = await owner.json<{ id: string }>('POST', '/api/sessions', {
      problem: 'Private problem',
      title: 'Bravo private session title',
    });
    const { url } = await owner.json<{ url: string }>('POST', `/api/sessions/${id}/share`);
    const viewer = await browser.newContext(); // no cookie, no header
    const page = await viewer.newPage();
    const res = await page.goto(new URL(url, app.url).toString());
    expect(res?.status()).toBe(200);
    await expect(page.locator('body')).toContainText('1 + 1 = 2');
    const html = await page.content();
    expect(html).not.toContain('Bravo private session title');
    expect(html).not.toContain(other.id);
    // The listing endpoints and every other page stay closed to the viewer.
    for (const p of [
      '/api/sessions',
      `/api/sessions/${other.id}`,
      '/api/problems',
      '/api/review',
    ]) {
      expect((await page.request.get(`${app.url}${p}`)).status(), p).toBe(401);
    }
    await page.goto(`${app.url}/`);
    await expect(page).toHaveURL(/\/login/);
    await viewer.close();
  });
});

test('a token shorter than 16 characters: the server refuses to start, saying why', async () => {
  const app = new AppProcess(
    APP_PORT + 9,
    appEnv(path.join(E2E_DATA, 'short-token.db'), { PROOFDESK_AUTH_TOKEN: 'only-15-chars!!' }),
  );
  try {
    await expect(app.start(15_000)).rejects.toThrow(/at least 16/);
    expect(app.output).toContain('PROOFDESK_AUTH_TOKEN is 15 characters long');
  } finally {
    await app.kill();
  }
});

test.describe('start-up warning when reachable beyond loopback', () => {
  const env = (extra: Record<string, string> = {}) =>
    appEnv(path.join(E2E_DATA, 'exposure.db'), extra);
  const WARNING = /WARNING: listening on .*without PROOFDESK_AUTH_TOKEN/;

  // These servers bind beyond loopback for a moment; the test only ever talks to 127.0.0.1.
  for (const [label, host, extra, warns] of [
    ['no -H (Node binds every interface), no token', null, {}, true],
    ['-H 0.0.0.0, no token', '0.0.0.0', {}, true],
    ['-H 0.0.0.0 with a token', '0.0.0.0', { PROOFDESK_AUTH_TOKEN: TOKEN }, false],
    ['-H 127.0.0.1, no token', '127.0.0.1', {}, false],
  ] as const) {
    test(`${label}: ${warns ? 'warns' : 'quiet'}`, async () => {
      const app = new AppProcess(APP_PORT + 8, env(extra), host);
      await app.start();
      try {
        await expect.poll(() => WARNING.test(app.output)).toBe(warns);
        if (!warns) {
          await new Promise((r) => setTimeout(r, 500));
          expect(app.output).not.toMatch(WARNING);
        }
      } finally {
        await app.kill();
      }
    });
  }
});
