import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyRequest } from '../../scripts/mock-model/classify';
import { GRADING_INSTRUCTION, gradingMessages, gradingPrompt } from './grade';
import { requiredPurposesOf } from './purposes';
import { loadPromptSet } from './set/load';

describe('gradingMessages', () => {
  const input = {
    problem: 'Prove $x^2 \\ge 0$.',
    proof: 'Squares are non-negative.',
    solution: 'Case on the sign of $x$.',
    guidelines: '(Partial)\n 1. Considered $x \\ge 0$.',
    shortAnswer: '',
  };

  it('asks for IMO-ProofBench points on the 7/6/1/0 scale, ending in a fixed tag', () => {
    expect(GRADING_INSTRUCTION).toContain('out of 7');
    expect(GRADING_INSTRUCTION).toMatch(/points/);
    for (const p of ['7 points', '6 points', '1 point', '0 points'])
      expect(GRADING_INSTRUCTION).toContain(p);
    expect(GRADING_INSTRUCTION).toContain('<points>N out of 7</points>');
    expect(GRADING_INSTRUCTION).not.toMatch(/json/i);
  });

  it('sends the problem, reference solution, guidelines and proof in labelled sections', () => {
    const [system, user] = gradingMessages(input);
    expect(system.role).toBe('system');
    const order = [
      '## Problem',
      '## Reference Solution',
      '## Grading Guidelines',
      '## Candidate Proof',
    ].map((h) => user.content.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(user.content).toContain(input.solution);
    expect(user.content).toContain(input.guidelines);
    expect(user.content.endsWith(input.proof)).toBe(true);
  });

  it('says so when there is no reference, and adds an expected answer when there is one', () => {
    const user = gradingMessages({ problem: 'P', proof: 'Q' })[1].content;
    expect(user).toContain('No reference solution is available');
    expect(user).not.toContain('## Expected Answer');
    expect(gradingMessages({ ...input, shortAnswer: '$42$' })[1].content).toContain(
      '## Expected Answer\n\n$42$',
    );
  });

  it('is recognised as grading by the scripted model server', () => {
    expect(classifyRequest(gradingMessages(input))).toBe('grading');
  });
});

describe('grading against a rubric', () => {
  const rubric = '- [C1] (3 points) Proves the bound.\n- [C2] (4 points) Shows equality.';
  const input = { problem: 'P', proof: 'Q', solution: 'S', rubric };

  it('asks for an award per checkpoint with a reason, then the total, and sends the rubric', () => {
    const built = gradingPrompt(input);
    expect(built.use.purpose).toBe('grade-checkpoints');
    const [system, user] = built.messages;
    expect(system.content).toContain('<award checkpoint="C1" points="2">reason</award>');
    expect(system.content).toContain('<points>N out of 7</points>');
    expect(user.content).toContain(`## Rubric\n\n${rubric}`);
    expect(user.content.indexOf('## Rubric')).toBeLessThan(
      user.content.indexOf('## Candidate Proof'),
    );
    expect(classifyRequest(built.messages)).toBe('grading');
  });

  it('a set without a checkpoint template loads, and grades rubric problems with our own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-grade-set-'));
    fs.writeFileSync(
      path.join(dir, 'prompt-set.json'),
      JSON.stringify({ name: 'plain', parser: 'proofdesk' }),
    );
    fs.writeFileSync(path.join(dir, 'grade.md'), 'Grade {proof} against {solution}.');
    fs.writeFileSync(path.join(dir, 'grade-no-rubric.md'), 'Grade {proof}.');
    const set = loadPromptSet(dir, requiredPurposesOf('grader'));
    expect(gradingPrompt({ problem: 'P', proof: 'Q', solution: 'S' }, set).use.set).toBe('plain');
    const withRubric = gradingPrompt(input, set);
    expect(withRubric.use).toMatchObject({ set: 'proofdesk', purpose: 'grade-checkpoints' });
    expect(withRubric.messages[1].content).toContain(rubric);
  });
});
