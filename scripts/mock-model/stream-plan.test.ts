import { describe, expect, it } from 'vitest';
import { scenarioDefaults } from './scenario';
import { planStream } from './stream-plan';

const answer = {
  reasoning: 'think think think',
  content: 'one two three four five six seven eight',
};

describe('holdAt: a stream that stops still mid-way, for visual snapshots', () => {
  it('holds a generation after the reasoning and the given share of the content', () => {
    const plan = planStream(
      answer,
      { ...scenarioDefaults('default'), holdAt: 0.5 },
      'generation',
      null,
    );
    const reasoning = plan.pieces.filter((p) => p.reasoning).length;
    const content = plan.pieces.length - reasoning;
    expect(plan.holdAfter).toBe(reasoning + Math.floor(content / 2));
    // The held text is a fixed prefix of the answer: the same screen every run.
    const shown = plan.pieces
      .slice(reasoning, plan.holdAfter ?? 0)
      .map((p) => p.text)
      .join('');
    expect(answer.content.startsWith(shown)).toBe(true);
  });

  it('never holds by default, nor a verification', () => {
    expect(
      planStream(answer, scenarioDefaults('default'), 'generation', null).holdAfter,
    ).toBeNull();
    const held = { ...scenarioDefaults('default'), holdAt: 0.5 };
    expect(planStream(answer, held, 'verification', null).holdAfter).toBeNull();
  });
});
