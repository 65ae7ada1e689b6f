import { describe, expect, it } from 'vitest';
import { waitingForModelServer } from './server-wait';
import { EMPTY_RUN_VIEW, type RunView } from './use-run-stream';

const view = (over: Partial<RunView>): RunView => ({
  ...EMPTY_RUN_VIEW,
  runId: 'r',
  status: 'running',
  connection: 'open',
  ...over,
});

const retry = { attempt: 1, delayMs: 4000, reason: 'Model server is rate limiting requests (429)' };
const slots = { waiting: 1, limit: 1 };

describe('what a run waits for before anything streams', () => {
  it('a running run told to retry waits to retry; once it ended, it waits for nothing', () => {
    expect(waitingForModelServer(view({ retry }))).toBe('retry');
    expect(waitingForModelServer(view({ retry, status: 'failed' }))).toBeNull();
  });

  it('a queued or running single request held by the endpoint limit waits for a slot', () => {
    expect(waitingForModelServer(view({ slots }))).toBe('slot');
    expect(waitingForModelServer(view({ slots, status: 'queued' }))).toBe('slot');
    expect(waitingForModelServer(view({ slots, status: 'succeeded' }))).toBeNull();
  });

  it('a run of many requests goes on while some wait, so it is not said to wait', () => {
    const progress = { phase: 'verify', done: 1, total: 4 } as unknown as RunView['progress'];
    expect(waitingForModelServer(view({ slots, progress }))).toBeNull();
  });

  it('a run streaming with nothing held waits for nothing', () => {
    expect(waitingForModelServer(view({ text: 'Let a, b, c' }))).toBeNull();
  });
});
