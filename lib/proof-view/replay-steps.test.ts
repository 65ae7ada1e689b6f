import { describe, expect, it } from 'vitest';
import { twoRoundView } from '@/lib/documents/fixture.test-support';
import { clampStep, replaySteps } from './replay-steps';

describe('replaySteps', () => {
  it('walks draft → each finding → verdict, round by round', () => {
    const steps = replaySteps(twoRoundView());
    expect(steps.map((s) => `${s.round}:${s.phase}:${s.shown}`)).toEqual([
      '0:draft:0',
      '0:finding:1',
      '0:finding:2',
      '0:finding:3',
      '0:verdict:3',
      '1:draft:0',
      '1:finding:1',
      '1:finding:2',
      '1:verdict:2',
    ]);
    expect(steps[5].label).toBe('Round 2 · refined draft');
    expect(steps[2].label).toBe('Round 1 · finding 2 of 3');
  });

  it('shows an unverified round as its draft alone, a clean verified one with its verdict', () => {
    const view = twoRoundView();
    view.rounds[0].findings = [];
    view.rounds[1].findings = [];
    view.rounds[1].score = null;
    expect(replaySteps(view).map((s) => s.phase)).toEqual(['draft', 'verdict', 'draft']);
  });

  it('clamps the step from the URL', () => {
    expect(clampStep(undefined, 9)).toBe(1);
    expect(clampStep('4', 9)).toBe(4);
    expect(clampStep(['12'], 9)).toBe(9);
    expect(clampStep('x', 9)).toBe(1);
    expect(clampStep('3', 0)).toBe(1);
  });
});
