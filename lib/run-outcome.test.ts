import { describe, expect, it } from 'vitest';
import { runEndSchema } from '@/lib/schemas';
import { inferEnd, runOutcome } from './run-outcome';

const INCOMPLETE = 'Stopped: verification incomplete in R1 — only 1 of 8 samples answered.';

describe('runOutcome: how a run ended, shown in one way everywhere', () => {
  it('is green only for a pass, a verification every sample answered, or a plain run done', () => {
    const green = runEndSchema.options.filter(
      (end) => runOutcome({ status: 'succeeded', end }).tone === 'success',
    );
    expect(green.sort()).toEqual(['done', 'passed']);
    expect(runOutcome({ status: 'succeeded' })).toMatchObject({ tone: 'success', label: 'Done' });
    expect(
      runOutcome({
        status: 'succeeded',
        end: 'passed',
        outcome: 'Passed in R2 (every sample at 1).',
      }),
    ).toEqual({
      tone: 'success',
      label: 'Passed',
      short: 'passed',
      reason: 'Passed in R2 (every sample at 1).',
    });
  });

  it('shows an autopilot stopped on an incomplete verification as a warning, with its reason', () => {
    expect(
      runOutcome({ status: 'succeeded', end: 'verification-incomplete', outcome: INCOMPLETE }),
    ).toEqual({
      tone: 'warning',
      label: 'Verification incomplete',
      short: 'verification incomplete',
      reason: INCOMPLETE,
    });
  });

  it('shows every other stop without a pass as a warning or a failure, never as success', () => {
    const cases = [
      ['round-limit', 'warning', 'Round limit reached, not passed'],
      ['budget', 'warning', 'Token budget spent, not passed'],
      ['refine-unfinished', 'warning', 'Refinement did not finish'],
      ['samples-failed', 'warning', 'Done — some samples failed'],
      ['exhausted', 'warning', 'No proof passed'],
      ['model-failed', 'danger', 'Every model request failed'],
      ['stopped', 'warning', 'Stopped — partial output kept'],
      ['paused', 'neutral', 'Paused for your decisions'],
      ['cancelled', 'neutral', 'Cancelled'],
    ] as const;
    for (const [end, tone, label] of cases) {
      expect(runOutcome({ status: 'succeeded', end }), end).toMatchObject({ tone, label });
    }
  });

  it('lets the run status win when the run did not finish its job', () => {
    expect(
      runOutcome({
        status: 'failed',
        error: 'None of the 8 verifier samples answered (HTTP 400).',
      }),
    ).toEqual({
      tone: 'danger',
      label: 'Failed',
      short: 'failed',
      reason: 'None of the 8 verifier samples answered (HTTP 400).',
    });
    // Stopped mid-verification: whatever the job said, it was stopped.
    expect(
      runOutcome({ status: 'stopped', end: 'verification-incomplete', outcome: INCOMPLETE }),
    ).toMatchObject({ tone: 'warning', short: 'stopped' });
    expect(runOutcome({ status: 'interrupted' }).tone).toBe('danger');
    expect(runOutcome({ status: 'running' })).toMatchObject({
      tone: 'active',
      label: 'Streaming…',
    });
    expect(runOutcome({ status: null })).toMatchObject({ tone: 'neutral', short: 'never run' });
  });

  it('reads why an older run ended from its words, so it does not turn green', () => {
    expect(inferEnd(INCOMPLETE)).toBe('verification-incomplete');
    expect(inferEnd('Passed in R3 (5 consecutive passing samples).')).toBe('passed');
    expect(inferEnd('Stopped at the round limit (5).')).toBe('round-limit');
    expect(inferEnd('Stopped: token budget spent (12,000 tokens).')).toBe('budget');
    expect(inferEnd('The refinement of R2 did not finish; autopilot stopped.')).toBe(
      'refine-unfinished',
    );
    expect(inferEnd('Paused after verifying R1: decide on the findings, then continue.')).toBe(
      'paused',
    );
    expect(inferEnd('All iterations done; no proof passed every verification.')).toBe('exhausted');
    expect(inferEnd('8 of 8 samples verified')).toBeNull();
    expect(runOutcome({ status: 'succeeded', outcome: INCOMPLETE }).tone).toBe('warning');
  });
});
