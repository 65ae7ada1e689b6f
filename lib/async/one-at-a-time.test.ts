import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('oneAtATime', () => {
  it('runs tasks of one name one after another, in order, whether each succeeds or fails', async () => {
    const log: string[] = [];
    const task =
      (id: string, fail = false) =>
      async () => {
        log.push(`start ${id}`);
        await tick();
        log.push(`end ${id}`);
        if (fail) throw new Error(id);
        return id;
      };
    const results = await Promise.allSettled([
      oneAtATime('t1', task('a')),
      oneAtATime('t1', task('b', true)),
      oneAtATime('t1', task('c')),
    ]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('lets tasks of different names overlap', async () => {
    const log: string[] = [];
    const task = (id: string) => async () => {
      log.push(`start ${id}`);
      await tick();
      log.push(`end ${id}`);
    };
    await Promise.all([oneAtATime('t2', task('x')), oneAtATime('t3', task('y'))]);
    expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
  });
});
