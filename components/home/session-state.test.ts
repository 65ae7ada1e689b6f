import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '@/lib/schemas';
import { lastRunState } from './session-state';

const session = (s: Partial<SessionSummary>): SessionSummary => ({
  id: 'x',
  title: 't',
  lastScore: null,
  samples: null,
  rounds: 1,
  lastRunStatus: 'succeeded',
  lastRunKind: 'autopilot',
  lastRunEnd: null,
  createdAt: 0,
  updatedAt: 0,
  ...s,
});

describe("home's last-run state", () => {
  it('shows an autopilot that stopped without passing as a warning, never as done', () => {
    expect(lastRunState(session({ lastRunEnd: 'verification-incomplete' }))).toEqual({
      label: 'autopilot verification incomplete',
      tone: 'warning',
    });
    expect(lastRunState(session({ lastRunEnd: 'round-limit' }))).toEqual({
      label: 'autopilot round limit, not passed',
      tone: 'warning',
    });
    expect(lastRunState(session({ lastRunEnd: 'passed' }))).toEqual({
      label: 'autopilot passed',
      tone: 'success',
    });
  });

  it('words plain runs as before', () => {
    expect(lastRunState(session({ lastRunKind: 'verify' }))).toEqual({
      label: 'verify done',
      tone: 'success',
    });
    expect(lastRunState(session({ lastRunKind: 'generate', lastRunStatus: 'failed' }))).toEqual({
      label: 'generate failed',
      tone: 'danger',
    });
    expect(lastRunState(session({ lastRunStatus: null, lastRunKind: null }))).toEqual({
      label: 'never run',
      tone: 'neutral',
    });
  });
});
