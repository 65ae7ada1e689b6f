import path from 'node:path';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { fillRoute, listApiRoutes } from './support/api-routes';
import { AppClient } from './support/app-client';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

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
    expect(cookie?.value).not.toContain(TOKEN);
    // Signing out ends it.
    await page.request.post(`${app.url}/api/auth/logout`, { maxRedirects: 0 });
    await page.goto(`${app.url}/`);
    await expect(page).toHaveURL(/\/login/);
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
        await expect.poll(() => WARNING.test(app.output), { timeout: 30_000 }).toBe(warns);
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
