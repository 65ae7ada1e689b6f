import path from 'node:path';
import { chromium } from '@playwright/test';
import { createSession } from './support/api';
import { fillRoute, listApiRoutes } from './support/api-routes';
import { AppProcess } from './support/app-process';
import { appPages } from './support/csp';
import { contentDigest } from './support/db-file';
import { APP_PORT, APP_URL, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { rawRequest } from './support/raw-http';

/**
 * Issue 11, "other sites and other hosts": a page on another site may neither read
 * Proofdesk through a rebound DNS name (421) nor change anything through the browser of the
 * person using it (403), while the CLI and scripts keep working.
 */

const UNKNOWN = 'AAAAAAAAAAAAAAAAAAAAAA';
const ROUTES = listApiRoutes();
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
const dbFile = path.join(E2E_DATA, 'main.db');
const sessionCount = async () =>
  (await (await fetch(`${APP_URL}/api/sessions`)).json()).sessions.length as number;

test.beforeEach(async () => {
  await mock.reset();
});

test.describe('DNS rebinding: a Host this server does not serve', () => {
  const FOREIGN = `attacker.example:${APP_PORT}`;

  test('every API route and every page answers 421 naming PROOFDESK_ALLOWED_HOSTS; nothing runs', async ({
    request,
  }) => {
    const id = await createSession(request, 'Rebinding target: prove that 2 + 2 = 4.');
    const before = await contentDigest(dbFile);
    const sessions = await sessionCount();
    const targets = [
      ...ROUTES.flatMap((r) =>
        r.methods.map((method) => ({ method, url: fillRoute(r.template, { id }, UNKNOWN) })),
      ),
      ...appPages({ id, token: UNKNOWN }).map((url) => ({ method: 'GET', url })),
    ];
    expect(targets.length).toBeGreaterThan(40);
    for (const { method, url } of targets) {
      const res = await rawRequest(`${APP_URL}${url}`, {
        method,
        headers: { Host: FOREIGN, 'Content-Type': 'application/json' },
        body:
          method === 'GET' || method === 'DELETE' ? undefined : '{"problem":"x","kind":"generate"}',
      });
      expect.soft(res.status, `${method} ${url}`).toBe(421);
      expect.soft(res.body, `${method} ${url}`).toContain('PROOFDESK_ALLOWED_HOSTS');
      expect.soft(res.body, `${method} ${url}`).not.toContain('Rebinding target');
    }
    expect(await sessionCount()).toBe(sessions);
    expect(await contentDigest(dbFile)).toEqual(before);
  });

  test('loopback names on the listening port pass; another port does not', async () => {
    for (const host of [`127.0.0.1:${APP_PORT}`, `localhost:${APP_PORT}`, `[::1]:${APP_PORT}`]) {
      const res = await rawRequest(`${APP_URL}/api/sessions`, { headers: { Host: host } });
      expect(res.status, host).toBe(200);
    }
    for (const host of [`localhost:${APP_PORT + 1}`, 'localhost', `127.0.0.1.evil.example`]) {
      expect(
        (await rawRequest(`${APP_URL}/api/sessions`, { headers: { Host: host } })).status,
      ).toBe(421);
    }
  });

  test('a browser that resolves attacker.example to 127.0.0.1 sees the refusal, not the app', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--host-resolver-rules=MAP attacker.example 127.0.0.1',
      ],
    });
    try {
      const page = await browser.newPage();
      const res = await page.goto(`http://attacker.example:${APP_PORT}/`);
      expect(res?.status()).toBe(421);
      await expect(page.locator('body')).toContainText('PROOFDESK_ALLOWED_HOSTS');
      // The page's own script (same "origin" after the rebinding) reads nothing either.
      const api = await page.evaluate(async () => {
        const r = await fetch('/api/sessions');
        return { status: r.status, body: await r.text() };
      });
      expect(api.status).toBe(421);
      expect(api.body).not.toContain('"sessions"');
    } finally {
      await browser.close();
    }
  });

  test('PROOFDESK_ALLOWED_HOSTS lets a named host through (host, or host:port)', async () => {
    const app = new AppProcess(
      APP_PORT + 11,
      appEnv(path.join(E2E_DATA, 'allowed-hosts.db'), {
        PROOFDESK_ALLOWED_HOSTS: 'proofdesk.test, lab.test:8443',
      }),
    );
    await app.start();
    try {
      const status = async (host: string) =>
        (await rawRequest(`${app.url}/api/sessions`, { headers: { Host: host } })).status;
      expect(await status('proofdesk.test')).toBe(200);
      expect(await status('proofdesk.test:443')).toBe(200);
      expect(await status('lab.test:8443')).toBe(200);
      expect(await status('lab.test:9000')).toBe(421);
      expect(await status('other.test')).toBe(421);
    } finally {
      await app.kill();
    }
  });
});

test.describe('cross-site requests', () => {
  test('every state-changing route refuses another origin or a cross-site mark (403); nothing is saved', async ({
    request,
  }) => {
    const id = await createSession(request, 'Cross-site target.');
    const before = await contentDigest(dbFile);
    const sessions = await sessionCount();
    let tried = 0;
    for (const route of ROUTES) {
      const url = fillRoute(route.template, { id }, UNKNOWN);
      for (const method of route.methods.filter((m) => WRITES.includes(m))) {
        for (const headers of [
          // A form or no-cors fetch from another site: no preflight, text/plain.
          { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
          { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
          { Origin: `http://localhost:${APP_PORT + 1}`, 'Content-Type': 'application/json' },
          { Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' },
          { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
          { 'Sec-Fetch-Site': 'same-site', Origin: 'null', 'Content-Type': 'text/plain' },
        ] as Record<string, string>[]) {
          const res = await rawRequest(`${APP_URL}${url}`, {
            method,
            headers,
            body: '{"problem":"planted by another site","kind":"generate","token":"x"}',
          });
          expect.soft(res.status, `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(60);
    expect(await sessionCount()).toBe(sessions);
    expect(await contentDigest(dbFile)).toEqual(before);
  });

  test("the app's own pages, the CLI and scripts keep working; JSON endpoints want JSON", async () => {
    const body = JSON.stringify({ problem: 'Written by a script.' });
    const json = { 'Content-Type': 'application/json' };
    const cli = await rawRequest(`${APP_URL}/api/sessions`, {
      method: 'POST',
      headers: json,
      body,
    });
    expect(cli.status).toBe(201);
    const own = await rawRequest(`${APP_URL}/api/sessions`, {
      method: 'POST',
      headers: { ...json, Origin: APP_URL, 'Sec-Fetch-Site': 'same-origin' },
      body,
    });
    expect(own.status).toBe(201);
    const sessions = await sessionCount();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await rawRequest(`${APP_URL}/api/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      });
      expect(res.status, type).toBe(415);
      expect(JSON.parse(res.body).error.message).toContain('application/json');
    }
    // Uploads take their declared types only.
    const csv = await rawRequest(`${APP_URL}/api/problems/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Problem,Source\n"Prove it.",x\n',
    });
    expect(csv.status).toBe(415);
    expect(await sessionCount()).toBe(sessions);
  });

  test("a form on another site's page posting here is refused in a real browser", async ({
    page,
  }) => {
    const sessions = await sessionCount();
    // The attacker's page, served for evil.example by the test (nothing leaves the machine).
    await page.route('http://evil.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form id="f" method="post" enctype="text/plain" action="${APP_URL}/api/sessions">
          <input name='{"problem":"planted","x":"' value='"}'></form>
          <script>document.getElementById('f').submit()</script>`,
      }),
    );
    const answered = page.waitForResponse((r) => r.url() === `${APP_URL}/api/sessions`);
    await page.goto('http://evil.example/');
    const res = await answered;
    expect(res.request().headers().origin).toBe('http://evil.example');
    expect(res.status()).toBe(403);
    expect(await sessionCount()).toBe(sessions);
  });
});
