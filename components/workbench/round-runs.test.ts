import { describe, expect, it } from 'vitest';
import type { Round, RunSummary } from '@/lib/schemas';
import { roundRunIds } from './round-runs';

const run = (id: string, roundId: string, kind: string, status = 'succeeded'): RunSummary => ({
  id,
  roundId,
  kind,
  status,
  model: 'm',
  error: null,
  finishReason: null,
  usage: null,
  createdAt: 0,
  startedAt: null,
  finishedAt: null,
});

describe('roundRunIds', () => {
  // Newest first, as the session lists them: R2's refine and verify came after R1's.
  const runs = [
    run('v2', 'r2', 'verify'),
    run('ref', 'r2', 'refine'),
    run('v1b', 'r1', 'verify', 'failed'),
    run('v1', 'r1', 'verify'),
    run('gen', 'r1', 'generate'),
  ];

  it("gives the selected round's own draft and report, not the latest run", () => {
    const r1 = { id: 'r1', sourceRunId: 'gen' } as Round;
    expect(roundRunIds(r1, runs)).toEqual({ draft: 'gen', report: 'v1' });
    const r2 = { id: 'r2', sourceRunId: 'ref' } as Round;
    expect(roundRunIds(r2, runs)).toEqual({ draft: 'ref', report: 'v2' });
  });

  it('a round a person wrote has no draft run', () => {
    expect(roundRunIds({ id: 'r3', sourceRunId: null } as Round, runs)).toEqual({
      draft: null,
      report: null,
    });
  });
});
