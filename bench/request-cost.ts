/**
 * npx tsx bench/request-cost.ts [-- --requests 200 --only page --port 3372] — the app
 * server's CPU per request, by kind: one finished draft, then each kind of request the load
 * bench's readers make (and a few for comparison), one at a time after a warm-up, with the
 * server's CPU ticks read before and after. What a reader's loop costs, without the streams.
 */

import { closeApp, ensureBuild, freshDataDir, loadNote, startApp } from './support/app';
import { arg } from './support/format';
import { follow, startDraft } from './support/load-streams';
import { startMockProcess } from './support/mock-process';
import { cpuTimeMs } from './support/proc';
import { readRunEvents } from './support/sse';

const REQUESTS = Number(arg('requests') ?? 200);
const ONLY = arg('only');
const PORT = Number(arg('port') ?? 3372);

async function main() {
  ensureBuild();
  const mock = await startMockProcess(PORT + 1000);
  const dir = freshDataDir(`bench-request-cost-${PORT}`);
  const app = await startApp(PORT, mock.baseURL, `${dir}/bench.db`);
  try {
    await fetch(`${mock.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'long', tps: 5000, words: 500 }),
    });
    const d = await startDraft(app.url, 's01', 500);
    await follow(app.url, d);
    const text = async (url: string, headers: Record<string, string> = {}) =>
      (await fetch(`${app.url}${url}`, { headers })).text();
    // What a browser holding the session JSON sends (an older build sends no tag: a 200).
    const etag = (await fetch(`${app.url}/api/sessions/${d.sessionId}`)).headers.get('etag');
    const kinds: [string, () => Promise<unknown>][] = [
      ['page /sessions/:id', () => text(`/sessions/${d.sessionId}`)],
      ['page /login', () => text('/login')],
      ['page / (first rows in the HTML)', () => text('/')],
      ['page /review (first rows in the HTML)', () => text('/review')],
      ['GET /api/ready', () => text('/api/ready')],
      ['GET /api/sessions/:id', () => text(`/api/sessions/${d.sessionId}`)],
      [
        `GET /api/sessions/:id, If-None-Match (${etag ? '304' : 'no ETag: 200'})`,
        () => text(`/api/sessions/${d.sessionId}`, etag ? { 'If-None-Match': etag } : {}),
      ],
      [
        'SSE replay of a finished run',
        () => readRunEvents(`${app.url}/api/runs/${d.runId}/events`),
      ],
      ['static file /icon.svg', () => text('/icon.svg')],
    ];
    console.log(`${REQUESTS} requests of each kind, one at a time · ${loadNote()}`);
    for (const [name, request] of kinds.filter(([n]) => !ONLY || n.includes(ONLY))) {
      for (let i = 0; i < 20; i++) await request();
      const cpu = cpuTimeMs(app.pid);
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) await request();
      const perCpu = (cpuTimeMs(app.pid) - cpu) / REQUESTS;
      const perWall = (performance.now() - started) / REQUESTS;
      console.log(`${name.padEnd(44)} ${perCpu.toFixed(2)} ms CPU, ${perWall.toFixed(2)} ms wall`);
    }
    console.log(`after: ${loadNote()}`);
  } finally {
    await closeApp(app);
    await mock.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
