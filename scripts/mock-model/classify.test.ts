import { describe, expect, it } from 'vitest';
import { generationMessages } from '@/lib/prompts/generate';
import { refinementMessages } from '@/lib/prompts/refine';
import { verificationMessages } from '@/lib/prompts/verify';
import { classifyRequest } from './classify';
import { MOCK_PROBLEM, MOCK_PROOF } from './proof-texts';

describe('classifyRequest, on the real prompt builders', () => {
  it('recognises generation', () => {
    expect(classifyRequest(generationMessages(MOCK_PROBLEM))).toBe('generation');
  });
  it('recognises verification', () => {
    expect(classifyRequest(verificationMessages(MOCK_PROBLEM, MOCK_PROOF))).toBe('verification');
  });
  it('recognises refinement, with and without feedback', () => {
    expect(classifyRequest(refinementMessages(MOCK_PROBLEM, MOCK_PROOF, []))).toBe('refinement');
    const feedback = [
      {
        severity: 'critical',
        quote: 'x',
        lines: 'L12',
        description: 'd',
        suggestion: 's',
        decision: 'accepted' as const,
        note: '',
      },
    ];
    expect(classifyRequest(refinementMessages(MOCK_PROBLEM, MOCK_PROOF, feedback))).toBe(
      'refinement',
    );
  });
  it('recognises meta-verification and grading loosely', () => {
    const meta = [{ role: 'user', content: 'You are a meta-verifier. Rate this verification…' }];
    expect(classifyRequest(meta)).toBe('meta-verification');
    const grade = [
      { role: 'user', content: 'Award points: end with <points>N out of 7</points>.' },
    ];
    expect(classifyRequest(grade)).toBe('grading');
  });
  it('reads array-of-parts content too', () => {
    const parts = verificationMessages(MOCK_PROBLEM, MOCK_PROOF).map((m) => ({
      role: m.role,
      content: [{ type: 'text', text: m.content }],
    }));
    expect(classifyRequest(parts)).toBe('verification');
  });
});
