import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framesFromStart } from '@/lib/runs/engine/sse-frames';
import type { SequencedRunEvent } from '@/lib/schemas';
import { readRunEvents, seqsOf } from './sse';

const log: SequencedRunEvent[] = [
  { seq: 1, event: { type: 'status', status: 'running' } },
  ...Array.from(
    { length: 30 },
    (_, i): SequencedRunEvent => ({
      seq: i + 2,
      event: { type: 'text', delta: `w${i} ` },
    }),
  ),
  { seq: 32, event: { type: 'status', status: 'succeeded' } },
];

let server: http.Server;
let url = '';
beforeAll(async () => {
  // A live run's replay as the app frames it for a reader joining from the start.
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(framesFromStart(log));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('readRunEvents', () => {
  it('reads a joined replay frame as every delta it stands for, in order, with all its text', async () => {
    const frames = await readRunEvents(url);
    expect(frames.map((f) => f.seq)).toEqual([1, 31, 32]);
    expect(frames.flatMap(seqsOf)).toEqual(log.map((e) => e.seq));
    expect(frames[1].data.delta).toBe(
      log
        .slice(1, 31)
        .map((e) => (e.event as { delta: string }).delta)
        .join(''),
    );
  });
});
