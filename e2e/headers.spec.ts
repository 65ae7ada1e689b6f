import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { appPages, parseCsp } from './support/csp';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

/** Collects CSP violations the page reports, from before its first script runs. */
const CSP_WATCH = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample);
});`;

test('every page carries a nonce CSP (no inline scripts), fresh per response, on every script', async ({
  request,
}) => {
  const id = await createSession(request, 'Show that $\\sqrt{2}$ is irrational.');
  const share = await (await request.post(`/api/sessions/${id}/share`)).json();
  // The workbench and home page twice: the second answer comes from the server's stored
  // shell (lib/pages/shell-cache), which must carry a nonce of its own on every script too.
  const pages = [...appPages({ id, token: share.token }), '/no-such-page', `/sessions/${id}`, '/'];
  expect(pages).toContain('/settings');
  const nonces = new Set<string>();
  for (const page of pages) {
    const res = await request.get(page, { maxRedirects: 0 });
    expect(res.status(), page).toBeLessThan(500);
    const headers = res.headers();
    const csp = parseCsp(headers['content-security-policy'] ?? '');
    const scripts = csp['script-src'] ?? [];
    const nonce = /^'nonce-([A-Za-z0-9+/=]{20,})'$/.exec(scripts[1] ?? '')?.[1];
    expect(scripts, `${page}: script-src`).toEqual([
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
    ]);
    expect(scripts, `${page}: no inline scripts`).not.toContain("'unsafe-inline'");
    expect(scripts, `${page}: no eval`).not.toContain("'unsafe-eval'");
    expect(csp['img-src'], `${page}: img-src`).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp['connect-src'], `${page}: connect-src`).toEqual(["'self'"]);
    expect(csp['worker-src'], `${page}: worker-src`).toEqual(["'self'", 'blob:']);
    expect(csp['object-src'], `${page}: object-src`).toEqual(["'none'"]);
    expect(headers['x-content-type-options'], page).toBe('nosniff');
    expect(headers['referrer-policy'], page).toBeTruthy();
    // Next puts the response's nonce on every script it writes into the page.
    const html = await res.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    if (res.status() === 200) expect(tags.length, page).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, page).toContain(`nonce="${nonce}"`);
    nonces.add(nonce as string);
  }
  expect(nonces.size, 'a fresh nonce per response').toBe(pages.length);
  // API answers cannot run anything either, should a browser render one.
  const api = parseCsp((await request.get('/api/sessions')).headers()['content-security-policy']);
  expect(api['default-src']).toEqual(["'none'"]);
});

test('every page loads and runs with no CSP violation reported', async ({ page, request }) => {
  const id = await createSession(request, 'Show that $\\frac{1}{2} < 1$.');
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const share = await (await request.post(`/api/sessions/${id}/share`)).json();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript({ content: CSP_WATCH });
  // /bench/* are benchmark fixtures, answered 404 outside benchmark runs.
  const pages = appPages({ id, token: share.token }).filter((p) => !p.startsWith('/bench/'));
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/grades',
      '/library',
      '/login',
      '/review',
      '/settings',
      `/sessions/${id}`,
      `/sessions/${id}/print`,
      `/sessions/${id}/replay`,
      `/s/${share.token}`,
      `/s/${share.token}/replay`,
    ]),
  );
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    // Hydrated: React has attached to the page (its scripts ran under the nonce).
    await expect
      .poll(
        () => page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith('__react'))),
        {
          message: `${path}: hydrated`,
        },
      )
      .toBe(true);
    const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(reported, path).toEqual([]);
  }
  // The workbench's editor came up too (Monaco, loaded by Next's nonced scripts).
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect.poll(() => wb.editorText()).toContain('holds termwise');
  expect(violations).toEqual([]);
});

test('a script or on* handler injected into a page does not run, and the page still works', async ({
  page,
  request,
}) => {
  const id = await createSession(request, 'Show that $1 < 2$.');
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const injected = [
    '<script>window.__pwned = "inline script"</script>',
    '<img src="/no-such-image.png" onerror="window.__pwned = \'onerror handler\'">',
    '<svg onload="window.__pwned = \'svg onload\'"></svg>',
    '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  ].join('');
  // The server's real page, with its real headers, plus what an injection would add.
  await page.route(
    (url) => url.pathname === `/sessions/${id}`,
    async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('</body>', `${injected}</body>`);
      await route.fulfill({ response: res, body });
    },
  );
  await page.addInitScript({ content: CSP_WATCH });
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect.poll(() => wb.editorText()).toContain('holds termwise');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
    undefined,
  );
  const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(reported.some((r) => r.startsWith('script-src-elem'))).toBe(true);
  expect(reported.some((r) => r.startsWith('script-src-attr'))).toBe(true);
});

test('Monaco (typing, its worker) and KaTeX (fonts) work under the CSP', async ({
  page,
  request,
}) => {
  const id = await createSession(request, 'Show that $\\frac{1}{2} < \\sqrt{2}$.');
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.addInitScript({ content: CSP_WATCH });
  const wb = new WorkbenchPage(page);
  await wb.goto(id);

  await wb.editor.locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Typed under the CSP.');
  await expect.poll(() => wb.editorText()).toContain('Typed under the CSP.');
  // Monaco starts its editor worker on demand: start it the way Monaco does, through the
  // factory the app installs, and see that the CSP lets its module load.
  const worker = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        type Env = { getWorker(id: string, label: string): Worker };
        const env = (self as unknown as { MonacoEnvironment: Env }).MonacoEnvironment;
        const w = env.getWorker('csp-test', 'editorWorkerService');
        w.onerror = () => resolve('failed');
        setTimeout(() => resolve('running'), 1_000);
      }),
  );
  expect(worker).toBe('running');
  await expect.poll(() => workers.length, { message: 'a worker started' }).toBeGreaterThan(0);

  const problem = page.getByTestId('problem-rendered');
  await expect(problem.locator('.katex').first()).toBeVisible();
  expect(
    await page.evaluate(() =>
      document.fonts.ready.then(() => document.fonts.check('1em KaTeX_Main')),
    ),
  ).toBe(true);
  // The self-hosted UI font (bundled from @fontsource, served from 'self') loads too.
  expect(
    await page.evaluate(() =>
      document.fonts.ready.then(() =>
        [...document.fonts].some((f) => f.family.includes('Inter') && f.status === 'loaded'),
      ),
    ),
  ).toBe(true);
  await page.getByTestId('side-tab-preview').click();
  await expect(page.getByTestId('proof-preview').locator('.katex').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('a remote image is never loaded in the page; a click opens it in a new tab', async ({
  page,
  request,
}) => {
  const url = 'https://images.example/figure.png?q=secret';
  const id = await createSession(request, `Consider the figure.\n\n![the figure](${url})`);
  const remote: string[] = [];
  // The new tab's request is answered here: nothing leaves the machine.
  await page.context().route('https://images.example/**', (route) => {
    remote.push(route.request().url());
    return route.fulfill({ contentType: 'text/plain', body: 'an image' });
  });
  await page.addInitScript({ content: CSP_WATCH });
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const problem = page.getByTestId('problem-rendered');
  const placeholder = problem.locator('.math-image-placeholder');
  await expect(placeholder).toContainText('Image from images.example (the figure)');
  await expect(placeholder).toContainText('open in a new tab');
  await expect(problem.locator('img')).toHaveCount(0);
  expect(remote).toEqual([]);

  // Why a click cannot load it here: the CSP blocks remote images in our pages.
  const blocked = await page.evaluate(
    (src) =>
      new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
        img.src = src;
      }),
    url,
  );
  expect(blocked).toBe('blocked');
  expect(remote).toEqual([]);

  const opened = page.context().waitForEvent('page');
  await placeholder.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(url);
  expect(remote).toEqual([url]);
  // Opened without a way back to us: no opener, no referrer.
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await expect(problem.locator('img')).toHaveCount(0);
  await tab.close();
});

test('the routes readers hit most skip Next (lib/http/fast) and carry the same security headers', async ({
  request,
}) => {
  expect((await (await request.get('/api/ready')).json()).fastRoutes).toBe(true);
  const id = await createSession(request, 'Show that $1 < 2$.');
  const run = await runAndWait(request, id, 'generate');
  const security = (headers: Record<string, string>) => ({
    csp: headers['content-security-policy'],
    nosniff: headers['x-content-type-options'],
    referrer: headers['referrer-policy'],
    frames: headers['x-frame-options'],
    permissions: headers['permissions-policy'],
  });
  // Answered by Next (not a fast route), for comparison.
  const next = security((await request.get('/api/sessions')).headers());
  expect(next.csp).toContain("default-src 'none'");
  for (const url of [
    `/api/sessions/${id}`,
    `/api/runs/${run.id}/events`,
    '/api/runs/nope/events',
  ]) {
    const res = await request.get(url);
    expect(security(res.headers()), url).toEqual(next);
  }
  // The fast answer is the real one: the session's own JSON, the run's own events.
  expect((await (await request.get(`/api/sessions/${id}`)).json()).problem).toBe(
    'Show that $1 < 2$.',
  );
  expect(await (await request.get(`/api/runs/${run.id}/events`)).text()).toContain(
    '"status":"succeeded"',
  );
});
