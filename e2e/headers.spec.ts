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

test('every page carries the CSP and security headers', async ({ request }) => {
  const id = await createSession(request, 'Show that $\\sqrt{2}$ is irrational.');
  const share = await (await request.post(`/api/sessions/${id}/share`)).json();
  const pages = [...appPages({ id, token: share.token }), '/no-such-page'];
  expect(pages).toContain('/settings');
  for (const page of pages) {
    const res = await request.get(page, { maxRedirects: 0 });
    expect(res.status(), page).toBeLessThan(500);
    const headers = res.headers();
    const csp = parseCsp(headers['content-security-policy'] ?? '');
    const scripts = csp['script-src'] ?? csp['default-src'] ?? [];
    expect(scripts.length, `${page}: script-src`).toBeGreaterThan(0);
    expect(scripts, `${page}: no eval`).not.toContain("'unsafe-eval'");
    expect(csp['img-src'], `${page}: img-src`).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp['connect-src'], `${page}: connect-src`).toEqual(["'self'"]);
    expect(headers['x-content-type-options'], page).toBe('nosniff');
    expect(headers['referrer-policy'], page).toBeTruthy();
  }
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
