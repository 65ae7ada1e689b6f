import { describe, expect, it } from 'vitest';
import { generationMessages } from './generate';
import { numberLines } from './number-lines';
import { refinementMessages } from './refine';
import { verificationMessages } from './verify';

const text = (m: { content: string }[]) => m.map((x) => x.content).join('\n');

describe('generation prompt', () => {
  it('asks for the DeepSeekMath-V2 output format and carries the problem verbatim', () => {
    const problem = 'Prove that $\\sqrt{2}$ is irrational.\n\n\\emph{Hint}: none.';
    const t = text(generationMessages(problem));
    expect(t).toContain('## Solution');
    expect(t).toContain('## Self Evaluation');
    expect(t).toContain('Here is my evaluation of the solution:');
    expect(t).toContain('Based on my evaluation, the final overall score should be:');
    expect(t).toContain('\\boxed{');
    expect(t).toContain(problem);
  });
});

describe('verification prompt', () => {
  it('numbers every line with aligned prefixes, including blank ones', () => {
    expect(numberLines('a\n\nc')).toBe('L001| a\nL002| \nL003| c');
    const many = Array.from({ length: 1200 }, (_, i) => `x${i}`).join('\n');
    expect(numberLines(many).split('\n')[1199]).toBe('L1200| x1199');
  });

  it('shows the numbered proof and asks for the findings block and a boxed score', () => {
    const t = text(verificationMessages('P', 'line one\nline two'));
    expect(t).toContain('L002| line two');
    for (const key of [
      '### Issues',
      '[ISSUE 1]',
      'Severity:',
      'Lines:',
      'Quote:',
      'Description:',
      'Suggested fix:',
      '### Score',
      '\\boxed{',
    ]) {
      expect(t).toContain(key);
    }
  });
});

describe('refinement prompt', () => {
  const base = {
    severity: 'critical',
    quote: 'x > 0 trivially',
    lines: 'L3',
    description: 'Unjustified positivity.',
    suggestion: 'Prove x > 0 from the hypothesis.',
  };

  it('includes the proof, accepted findings with their fixes, and overrides with the note', () => {
    const t = text(
      refinementMessages('Problem P', 'the proof text', [
        { ...base, decision: 'accepted', note: '' },
        {
          ...base,
          description: 'Equality case missing.',
          decision: 'overridden',
          note: 'Equality is not asked for; leave it.',
        },
      ]),
    );
    expect(t).toContain('the proof text');
    expect(t).toContain('Unjustified positivity.');
    expect(t).toContain('Prove x > 0 from the hypothesis.');
    expect(t).toContain('Equality is not asked for; leave it.');
    expect(t).toContain('OVERRODE');
    expect(t).toContain('## Candidate Solution 1');
    expect(t).toContain('## Self Evaluation');
  });

  it('says which findings a person raised, with their category and thread', () => {
    const t = text(
      refinementMessages('P', 'proof', [
        {
          severity: 'gap',
          quote: 'Hence',
          lines: 'L6-L7',
          description: 'Why is each below 1?',
          suggestion: 'The others are positive.',
          decision: 'accepted',
          note: '',
          source: 'person',
          category: 'Missing edge case',
          replies: ['Line 6 is where it breaks.'],
        },
        {
          severity: 'minor',
          quote: '',
          lines: null,
          description: 'Style.',
          suggestion: '',
          decision: 'overridden',
          note: 'Keep the style.',
          source: 'verifier',
          replies: ['A question first.', 'Keep the style.'],
        },
      ]),
    );
    expect(t).toContain('Confirmed gap issue (Missing edge case), raised by the human reviewer:');
    expect(t).toContain(
      'Suggested fix: The others are positive.\nDiscussion:\n- Line 6 is where it breaks.',
    );
    // The reply that became the override's note is said once, as the instruction.
    expect(t).toContain('Discussion:\n- A question first.\n\nThe human reviewer OVERRODE');
    expect(t.split('Keep the style.').length - 1).toBe(1);
  });

  it('still asks for a polished proof when nothing was accepted', () => {
    expect(text(refinementMessages('P', 'proof', []))).toMatch(/No issues were confirmed/);
  });
});
