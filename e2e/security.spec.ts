import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { createSession, getSession } from './support/api';
import { type ApiRoute, fillRoute, listApiRoutes } from './support/api-routes';
import { startCanary } from './support/canary';
import { contentDigest } from './support/db-file';
import { APP_URL, E2E_DATA, MOCK_URL, ROOT, TEST_API_KEY } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { declareOversizedBody } from './support/raw-http';

const ROUTES = listApiRoutes();
const UNKNOWN = 'AAAAAAAAAAAAAAAAAAAAAA';
const BODY_METHODS = ['POST', 'PUT', 'PATCH'];
/** Login/logout are HTML form endpoints (redirects), not JSON APIs. */
const isForm = (r: ApiRoute) => r.template.startsWith('/api/auth/');
/** A stack frame (`at fn (/path/file.js:12:34)`) or a server path; user text may say "at X (". */
const STACK = /\bat \S+ \((?:\/|file:|node:)[^)]*:\d+:\d+\)|node_modules\/|\.next[\w-]*\/server\//;

/**
 * Bulk imports answer a file with a per-line report; one where every line failed and nothing
 * was stored counts as a refusal with a message (the one deliberate exception to 4xx).
 */
function isRefusedImport(status: number, body: string): boolean {
  if (status !== 200) return false;
  let r: { imported?: number; records?: unknown[]; errors?: { message?: string }[] };
  try {
    r = JSON.parse(body);
  } catch {
    return false;
  }
  const nothing = r.imported === 0 || (Array.isArray(r.records) && r.records.length === 0);
  return nothing && Array.isArray(r.errors) && !!r.errors[0]?.message;
}

test.beforeEach(async () => {
  await mock.reset();
});

/** A session with a verified round: real ids for the routes that take them. */
async function realIds(request: APIRequestContext) {
  const id = await createSession(request, MOCK_PROBLEM);
  for (const kind of ['generate', 'verify']) {
    await request.post(`/api/sessions/${id}/runs`, { data: { kind } });
    await expect
      .poll(async () => (await getSession(request, id)).runs[0]?.status)
      .toBe('succeeded');
  }
  const s = await getSession(request, id);
  const round = s.rounds[0];
  return { session: id, round: round.id, finding: round.findings[0].id, run: s.runs[0].id };
}

/** The ids a route's `[param]`s take: real ones where the route family is known. */
function idsFor(
  route: ApiRoute,
  ids: Awaited<ReturnType<typeof realIds>> | null,
): Record<string, string> {
  if (!ids) return {};
  const family = route.template.split('/')[2];
  const byFamily: Record<string, string> = {
    sessions: ids.session,
    rounds: ids.round,
    findings: ids.finding,
    runs: ids.run,
  };
  return byFamily[family] ? { id: byFamily[family] } : {};
}

/** What every API answer must respect, whatever was sent. */
async function expectSafe(res: Pick<APIResponse, 'status' | 'text'>, what: string) {
  const body = await res.text();
  expect.soft(res.status(), `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect.soft(body, what).not.toContain(TEST_API_KEY);
  expect.soft(body, what).not.toContain(`${MOCK_URL}/v1`);
  expect.soft(body, what).not.toMatch(STACK);
  if (res.status() >= 400) {
    let message: unknown;
    try {
      message = JSON.parse(body)?.error?.message;
    } catch {}
    expect.soft(typeof message === 'string' && message.length > 0, `${what}: a message`).toBe(true);
  }
  return body;
}

const send = (request: APIRequestContext, method: string, url: string, data?: string) =>
  request.fetch(url, {
    method,
    data,
    headers: data === undefined ? {} : { 'Content-Type': 'application/json' },
    maxRedirects: 0,
  });

test('every API route: unknown ids, malformed JSON and wrong types get 400/404 with a message, never a 500', async ({
  request,
}) => {
  expect(ROUTES.length).toBeGreaterThan(10);
  const canary = await startCanary();
  const tried: string[] = [];
  try {
    for (const route of ROUTES) {
      const url = fillRoute(route.template, {}, UNKNOWN);
      for (const method of route.methods) {
        const what = `${method} ${route.template}`;
        if (isForm(route)) {
          await expectSafe(await send(request, method, url, '{not json'), what);
          continue;
        }
        if (!BODY_METHODS.includes(method)) {
          const res = await send(request, method, url);
          await expectSafe(res, what);
          if (route.params.length) {
            const allowed = method === 'DELETE' ? [400, 404, 204] : [400, 404];
            expect.soft(allowed, `${what} with unknown ids`).toContain(res.status());
          }
          tried.push(what);
          continue;
        }
        const endpoint = JSON.stringify({
          baseURL: canary.url,
          base_url: canary.url,
          apiKey: 'sk-attacker',
          endpoint: canary.url,
          url: canary.url,
        });
        for (const [label, body] of [
          ['malformed JSON', '{not json'],
          ['wrong types', '[1, "two", null]'],
          ['a model endpoint', endpoint],
        ] as const) {
          const res = await send(request, method, url, body);
          const text = await expectSafe(res, `${what} (${label})`);
          if (label !== 'a model endpoint' && !isRefusedImport(res.status(), text)) {
            expect.soft([400, 404, 415, 422], `${what} (${label})`).toContain(res.status());
          }
        }
        tried.push(what);
      }
    }
    // Nothing any of that did reached the offered endpoint.
    expect(canary.hits()).toBe(0);
  } finally {
    await canary.close();
  }
  test.info().annotations.push({ type: 'routes', description: tried.join(', ') });
});

test('bodies over each route limit: 413 with a message, nothing stored changes', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const ids = await realIds(request);
  const dbFile = path.join(E2E_DATA, 'main.db');
  const before = await contentDigest(dbFile);
  for (const route of ROUTES.filter((r) => r.bodyLimit !== null && !isForm(r))) {
    const known = idsFor(route, ids);
    const url = fillRoute(route.template, known, UNKNOWN);
    const declared = (route.bodyLimit as number) + 1024;
    for (const method of route.methods.filter((m) => BODY_METHODS.includes(m))) {
      const what = `${method} ${route.template}`;
      const raw = await declareOversizedBody(
        `${APP_URL}${url}`,
        method,
        declared,
        `{"problem":"${'x'.repeat(64 * 1024)}`,
        { 'Content-Type': 'application/json' },
      );
      const res = { status: () => raw.status, text: async () => raw.body };
      await expectSafe(res, what);
      // An unknown id may be refused before the body is read; a real one must meet the limit.
      const allowed = route.params.length && !Object.keys(known).length ? [413, 404] : [413];
      expect.soft(allowed, what).toContain(res.status());
    }
  }
  expect(await contentDigest(dbFile)).toEqual(before);
});

test('no API response, page or browser bundle contains the model key or endpoint URL', async ({
  request,
  page,
}) => {
  const ids = await realIds(request);
  for (const route of ROUTES.filter((r) => r.methods.includes('GET'))) {
    const url = fillRoute(route.template, idsFor(route, ids), UNKNOWN);
    const res = await request.get(url);
    await expectSafe(res, `GET ${url}`);
  }
  for (const p of ['/', '/settings', `/sessions/${ids.session}`, '/login']) {
    const res = await page.goto(p);
    const html = (await res?.text()) ?? '';
    expect(html, p).not.toContain(TEST_API_KEY);
    expect(html, p).not.toContain(`${MOCK_URL}/v1`);
  }
  const staticDir = path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'static');
  expect(fs.existsSync(staticDir), `${staticDir} (run next build first)`).toBe(true);
  const secrets = [TEST_API_KEY, process.env.OPENAI_API_KEY].filter((s): s is string => !!s);
  let files = 0;
  for (const file of fs.readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(staticDir, file);
    if (!fs.statSync(full).isFile()) continue;
    files++;
    const text = fs.readFileSync(full, 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${file} holds a key`).toBe(false);
  }
  expect(files).toBeGreaterThan(5);
});

test('session ids and share tokens are unguessable (≥ 128 random bits)', async ({ request }) => {
  const ids = await Promise.all(
    Array.from({ length: 30 }, () => createSession(request, `Problem ${Math.random()}`)),
  );
  expect(new Set(ids).size).toBe(ids.length);
  // base64url: 22 characters carry 132 bits; anything shorter or other-shaped fails.
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  const shared = await request.post(`/api/sessions/${ids[0]}/share`);
  expect(shared.status()).toBe(201);
  const { token, url } = await shared.json();
  expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  expect(url).toContain(token);
});
