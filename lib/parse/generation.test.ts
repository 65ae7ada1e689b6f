import { describe, expect, it } from 'vitest';
import { parseGeneration } from './generation';

const EVALUATION = `Here is my evaluation of the solution:

Every step is justified; Step 2 uses AM-GM correctly.

Based on my evaluation, the final overall score should be:
\\boxed{1}`;

describe('parseGeneration', () => {
  it('splits ## Solution and ## Self Evaluation and reads the self-score', () => {
    const out = parseGeneration(
      `## Solution\n\nLet \\(x>0\\).  \nThen \\(\\boxed{136}\\).\n\n## Self Evaluation\n\n${EVALUATION}\n`,
    );
    expect(out).toEqual({
      proof: 'Let \\(x>0\\).  \nThen \\(\\boxed{136}\\).',
      selfEvaluation: EVALUATION,
      selfScore: 1,
      truncatedFormat: false,
    });
  });

  it.each([
    ['# Solution', '# Self Evaluation'],
    ['**Solution**', '**Self Evaluation**'],
    ['**Solution.**', '**Self-Evaluation:**'],
    ['Solution:', 'Self Evaluation:'],
    ['### Solution', '## Self-evaluation'],
  ])('accepts heading styles %s / %s', (solution, evaluation) => {
    const out = parseGeneration(`${solution}\nProof line.\n\n${evaluation}\n${EVALUATION}`);
    expect(out.proof).toBe('Proof line.');
    expect(out.selfScore).toBe(1);
  });

  it('keeps the proof byte-exact inside, trimming only surrounding blank lines', () => {
    const proof = '  indented first line\n\n\n\\[\n a^2 \\ge 0 \\tag{1}\n\\]\t\n---';
    expect(
      parseGeneration(`## Solution\n\n\n${proof}\n\n\n## Self Evaluation\n${EVALUATION}`).proof,
    ).toBe(proof);
  });

  it('only reads text after the last </think>', () => {
    const text = `<think>## Solution\ndraft</think>more thought</think>\n## Solution\nFinal.\n## Self Evaluation\n${EVALUATION}`;
    expect(parseGeneration(text).proof).toBe('Final.');
  });

  it('without a Solution heading, the whole text minus a trailing self-evaluation is the proof', () => {
    const out = parseGeneration(`We argue by induction.\n\n## Self Evaluation\n${EVALUATION}`);
    expect(out.proof).toBe('We argue by induction.');
    expect(out.selfScore).toBe(1);
    expect(out.truncatedFormat).toBe(true);
  });

  it('finds an unheaded self-evaluation by its fixed opening sentence', () => {
    const out = parseGeneration(
      `## Solution\nProof.\n\n${EVALUATION.replace('\\boxed{1}', '\\boxed{0.5}')}`,
    );
    expect(out).toMatchObject({ proof: 'Proof.', selfScore: 0.5, truncatedFormat: false });
  });

  it('flags output cut before the self-evaluation or its score', () => {
    expect(parseGeneration('## Solution\nHalf a proo')).toEqual({
      proof: 'Half a proo',
      selfEvaluation: null,
      selfScore: null,
      truncatedFormat: true,
    });
    const cut = parseGeneration(
      '## Solution\nProof.\n## Self Evaluation\nHere is my evaluation of the',
    );
    expect(cut.selfEvaluation).toBe('Here is my evaluation of the');
    expect(cut.selfScore).toBeNull();
    expect(cut.truncatedFormat).toBe(true);
  });

  it('takes the last boxed of the self-evaluation and refuses non-scores', () => {
    const quoting =
      '## Solution\nP.\n## Self Evaluation\nThe answer \\boxed{0} is right.\nScore: \\boxed{\\frac{1}{2}}';
    expect(parseGeneration(quoting).selfScore).toBe(0.5);
    expect(
      parseGeneration('## Solution\nP.\n## Self Evaluation\nfinal: \\boxed{7}').selfScore,
    ).toBeNull();
  });

  it('handles an empty text', () => {
    expect(parseGeneration('')).toEqual({
      proof: '',
      selfEvaluation: null,
      selfScore: null,
      truncatedFormat: true,
    });
  });
});
