import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/schemas';
import { parseRubricText, rubricToText } from './rubric-text';

describe('parseRubricText', () => {
  it('reads checkpoints, zero-credit notes and deductions in the text format', () => {
    const r = parseRubricText(`## Checkpoints
- [C1] (2 points) Normalise a + b + c = 1.
- [C2] (4 pts) Prove the tangent-line bound.
  Alternatively: Cauchy-Schwarz in Engel form.
- (1 point) Sum and find the equality case.
## Zero credit
- Checking a = b = c only.
## Deductions
- [D1] (-1 point) Wrong equality case.`);
    expect(r.error).toBeNull();
    expect(r.rubric).toEqual({
      checkpoints: [
        { id: 'C1', text: 'Normalise a + b + c = 1.', points: 2 },
        {
          id: 'C2',
          text: 'Prove the tangent-line bound. Alternatively: Cauchy-Schwarz in Engel form.',
          points: 4,
        },
        // An item without an id gets the next free one.
        { id: 'C3', text: 'Sum and find the equality case.', points: 1 },
      ],
      zeroCredit: ['Checking a = b = c only.'],
      deductions: [{ id: 'D1', text: 'Wrong equality case.', points: 1 }],
    });
  });

  it('accepts bold headings, numbered items, points after the text and bold ids', () => {
    const r = parseRubricText(`**Checkpoints:**
1. **C1** Proves the lemma [3 points]
2. C2: Finishes the induction (4)
**These earn nothing**
* Restating the problem.`);
    expect(r.rubric?.checkpoints).toEqual([
      { id: 'C1', text: 'Proves the lemma', points: 3 },
      { id: 'C2', text: 'Finishes the induction', points: 4 },
    ]);
    expect(r.rubric?.zeroCredit).toEqual(['Restating the problem.']);
  });

  it('refuses checkpoints that add up to more than 7, naming the sum', () => {
    const r = parseRubricText('- [A] (4 points) One.\n- [B] (4 points) Two.');
    expect(r.rubric).toBeNull();
    expect(r.error).toMatch(/add up to 8 points, more than 7/);
  });

  it('refuses a checkpoint without points and an empty rubric', () => {
    expect(parseRubricText('- Proves the lemma.').error).toMatch(/has no points/);
    expect(parseRubricText('  ').error).toMatch(/empty/);
  });

  it('reads the JSON shape and refuses repeated ids', () => {
    const json = JSON.stringify({
      checkpoints: [{ id: 'a', text: 'x', points: 3 }],
      zeroCredit: [],
      deductions: [{ id: 'a', text: 'y', points: 1 }],
    });
    expect(parseRubricText(json).error).toMatch(/"a" is used twice/);
    expect(parseRubricText('{"checkpoints": [').error).toMatch(/not valid JSON/);
  });

  it('round-trips through its own text form', () => {
    const rubric = rubricSchema.parse({
      checkpoints: [
        { id: 'C1', text: 'First step.', points: 1 },
        { id: 'C2', text: 'Second step (the heart).', points: 6 },
      ],
      zeroCredit: ['Small cases.'],
      deductions: [{ id: 'D1', text: 'A slip.', points: 2 }],
    });
    expect(parseRubricText(rubricToText(rubric))).toEqual({ rubric, error: null });
  });
});
