import { describe, expect, it } from 'vitest';
import type { AutopilotTokens } from '@/lib/schemas';
import { chainResumedRuns } from './autopilot-chains';

let clock = 0;
const run = (
  sessionId: string,
  status: string,
  tokens: number,
  byParts = true,
): AutopilotTokens => ({
  runId: `r${++clock}`,
  sessionId,
  here: sessionId === 'mine',
  byParts,
  status,
  tokens,
  outcome: null,
  end: null,
  finishedAt: clock,
});
const newestFirst = (...lines: AutopilotTokens[]) => lines.reverse();

describe('chainResumedRuns', () => {
  it('counts a stopped run and the run that resumed it as one effort, tokens summed', () => {
    const stopped = run('mine', 'stopped', 1_000);
    const resumed = run('mine', 'succeeded', 3_000);
    const [effort] = chainResumedRuns(newestFirst(stopped, resumed));
    expect(effort).toMatchObject({ runId: resumed.runId, tokens: 4_000, runs: 2, finished: true });
  });

  it('keeps apart other sessions, the other mode, and runs after a finished one', () => {
    const lines = newestFirst(
      run('mine', 'succeeded', 500),
      run('mine', 'stopped', 100),
      run('other', 'succeeded', 700),
      run('mine', 'stopped', 50, false),
      run('mine', 'interrupted', 200),
      run('mine', 'failed', 300),
    );
    const efforts = chainResumedRuns(lines);
    expect(efforts.map((e) => [e.sessionId, e.byParts, e.tokens, e.runs, e.finished])).toEqual([
      ['mine', true, 600, 3, true],
      ['mine', false, 50, 1, false],
      ['other', true, 700, 1, true],
      ['mine', true, 500, 1, true],
    ]);
  });

  it('an effort still paused is listed, not finished', () => {
    const [effort] = chainResumedRuns(newestFirst(run('mine', 'stopped', 80)));
    expect(effort).toMatchObject({ tokens: 80, runs: 1, finished: false });
  });
});
