import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/schemas';
import { parseCheckpointAwards } from './checkpoint-awards';

const rubric = rubricSchema.parse({
  checkpoints: [
    { id: 'C1', text: 'set-up', points: 2 },
    { id: 'C2', text: 'bound', points: 4 },
    { id: 'C3', text: 'finish', points: 1 },
  ],
  deductions: [{ id: 'D1', text: 'equality case', points: 1 }],
});

describe('parseCheckpointAwards', () => {
  it('reads one award per checkpoint with its reason, the deductions and the stated total', () => {
    const text = `The approach is the tangent line trick.

<award checkpoint="C1" points="2">Normalised correctly.</award>
<award points='3' checkpoint=C2>The bound is proved
only for x ≥ 1/3.</award>
<award checkpoint="C3" points="1">Summed.</award>
<deduction id="D1">Equality case wrong.</deduction>

<points>5 out of 7</points>`;
    const r = parseCheckpointAwards(text, rubric);
    expect(r).toEqual({
      points: 5,
      reasons: 'The approach is the tangent line trick.',
      awards: {
        checkpoints: [
          { id: 'C1', points: 2, reason: 'Normalised correctly.' },
          { id: 'C2', points: 3, reason: 'The bound is proved only for x ≥ 1/3.' },
          { id: 'C3', points: 1, reason: 'Summed.' },
        ],
        deductions: [{ id: 'D1', reason: 'Equality case wrong.' }],
        statedPoints: 5,
        notes: [],
        rubric,
      },
    });
  });

  it('keeps a stated total that disagrees with the awards beside their sum', () => {
    const r = parseCheckpointAwards(
      '<award checkpoint="C1" points="2">ok</award><award checkpoint="C2" points="4">ok</award><award checkpoint="C3" points="0">no</award>\n<points>7 out of 7</points>',
      rubric,
    );
    expect(r?.points).toBe(6);
    expect(r?.awards.statedPoints).toBe(7);
  });

  it('caps over-awards, ignores unknown ids, counts a missing checkpoint as 0 and the last award as final', () => {
    const r = parseCheckpointAwards(
      '<award checkpoint="C2" points="1">first</award><award checkpoint="C2" points="9">revised</award><award checkpoint="C9" points="3">?</award>\n<points>4 out of 7</points>',
      rubric,
    );
    expect(r?.awards.checkpoints).toEqual([
      { id: 'C1', points: 0, reason: '' },
      { id: 'C2', points: 4, reason: 'revised' },
      { id: 'C3', points: 0, reason: '' },
    ]);
    expect(r?.points).toBe(4);
    expect(r?.awards.notes).toEqual([
      'The grader awarded "C9", which is not a checkpoint of the rubric; ignored.',
      'No award for C1; counted as 0.',
      'C2 was awarded 9, more than its 4; counted as 4.',
      'No award for C3; counted as 0.',
    ]);
  });

  it('falls back to the stated total when the grader ignored the rubric, and to nothing without either', () => {
    const r = parseCheckpointAwards('Looks fine.\n<points>6 out of 7</points>', rubric);
    expect(r?.points).toBe(6);
    expect(r?.awards.checkpoints.every((c) => c.points === 0)).toBe(true);
    expect(r?.awards.notes).toContain(
      'The grader gave no checkpoint awards; its stated total is used.',
    );
    expect(parseCheckpointAwards('No verdict.', rubric)).toBeNull();
  });
});
