import { describe, expect, it } from 'vitest';
import { parseCheckpointAwards } from '@/lib/grading/checkpoint-awards';
import { parseRubricText, rubricToText } from '@/lib/grading/rubric-text';
import { gradingMessages } from '@/lib/prompts/grade';
import { rubricDraftMessages } from '@/lib/prompts/rubric-draft';
import { classifyRequest } from './classify';
import { MOCK_RUBRIC_DRAFT, rubricGrading } from './rubric-answers';

describe('scripted answers with a rubric', () => {
  it('recognises a rubric draft request and drafts a rubric our parser reads (7 points)', () => {
    const messages = rubricDraftMessages({ problem: 'P', solution: 'S', guidelines: 'G' });
    expect(classifyRequest(messages)).toBe('rubric-drafting');
    const r = parseRubricText(MOCK_RUBRIC_DRAFT);
    expect(r.rubric?.checkpoints.reduce((s, c) => s + c.points, 0)).toBe(7);
  });

  it('grades the rubric in our prompt checkpoint by checkpoint, in tags our parser reads', () => {
    const rubric = parseRubricText(MOCK_RUBRIC_DRAFT).rubric;
    if (!rubric) throw new Error('draft unreadable');
    const messages = gradingMessages({ problem: 'P', proof: 'Q', rubric: rubricToText(rubric) });
    expect(classifyRequest(messages)).toBe('grading');
    const prompt = messages.map((m) => m.content).join('\n');
    expect(parseCheckpointAwards(rubricGrading(prompt, true), rubric)).toMatchObject({
      points: 2,
      awards: { statedPoints: 2 },
    });
    expect(parseCheckpointAwards(rubricGrading(prompt, false), rubric)?.points).toBe(7);
  });
});
