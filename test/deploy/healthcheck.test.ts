import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from './deploy-files';

/**
 * deploy/healthcheck.mjs, the container's HEALTHCHECK, against a stand-in for /api/ready:
 * healthy only on {"ready": true}, and it sends the token when the instance has one.
 */
let answer: { status: number; body: unknown } = { status: 200, body: { ready: true } };
let seen: { url?: string; authorization?: string; host?: string } = {};
const server = http.createServer((req, res) => {
  seen = { url: req.url, authorization: req.headers.authorization, host: req.headers.host };
  res.writeHead(answer.status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(answer.body));
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs the check as Docker would (async: the stand-in server answers on this event loop). */
async function check(env: Record<string, string> = {}): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(ROOT, 'deploy/healthcheck.mjs')], {
    env: { ...process.env, PROOFDESK_AUTH_TOKEN: '', PORT: String(port), ...env },
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

test('healthy once the instance says it is ready, asked over loopback on its port', async () => {
  answer = { status: 200, body: { ready: true } };
  expect(await check()).toBe(0);
  expect(seen).toEqual({ url: '/api/ready', authorization: undefined, host: `127.0.0.1:${port}` });
});

test('unhealthy while warming, on an error status, or with nobody listening', async () => {
  answer = { status: 200, body: { ready: false } };
  expect(await check()).toBe(1);
  answer = { status: 401, body: { error: {} } };
  expect(await check()).toBe(1);
  expect(await check({ PORT: '1' })).toBe(1);
});

test('sends the access token as a bearer when the instance has one', async () => {
  answer = { status: 200, body: { ready: true } };
  expect(await check({ PROOFDESK_AUTH_TOKEN: 'a-team-token-of-24-chars' })).toBe(0);
  expect(seen.authorization).toBe('Bearer a-team-token-of-24-chars');
});
