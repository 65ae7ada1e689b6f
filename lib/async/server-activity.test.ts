import { describe, expect, it } from 'vitest';
import { requestStarted, serverQuiet } from './server-activity';

const settledWithin = async (p: Promise<void>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('serverQuiet', () => {
  it('waits while a request is handled, then for a quiet moment after it', async () => {
    const done = requestStarted();
    const quiet = serverQuiet(30);
    expect(await settledWithin(quiet, 80)).toBe(false);
    const answeredAt = performance.now();
    done();
    await quiet;
    expect(performance.now() - answeredAt).toBeGreaterThanOrEqual(29);
  });

  it('resolves at once when nothing happened lately, and counts a request once', async () => {
    const done = requestStarted();
    done();
    done();
    await new Promise((r) => setTimeout(r, 40));
    expect(await settledWithin(serverQuiet(30), 5)).toBe(true);
  });
});
