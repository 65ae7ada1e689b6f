import { describe, expect, it } from 'vitest';
import { metaVerificationMessages } from '@/lib/prompts/meta-verify';
import { searchRefinementMessages } from '@/lib/prompts/refine-search';
import { verificationMessages } from '@/lib/prompts/verify';
import { buildAnswer } from './answers';
import { classifyRequest } from './classify';
import { MOCK_PROBLEM, MOCK_PROOF } from './proof-texts';
import { scenarioDefaults } from './scenario';
import { prepareVariation } from './variation';

const verify = verificationMessages(MOCK_PROBLEM, MOCK_PROOF);

describe('per-request variation of the scripted model', () => {
  it('recognises our meta-verification and search refinement prompts', () => {
    expect(classifyRequest(metaVerificationMessages(MOCK_PROBLEM, MOCK_PROOF, 'report'))).toBe(
      'meta-verification',
    );
    const refine = searchRefinementMessages(MOCK_PROBLEM, [
      { proof: MOCK_PROOF, evaluations: ['e'] },
    ]);
    expect(classifyRequest(refine)).toBe('refinement');
  });

  it('varies 8 verifications: scores 5× 0, 2× 0.5, 1× 1', () => {
    const scenario = { ...scenarioDefaults('default'), vary: 1 };
    const counters = { verifications: 0, proofs: 0, failedSamples: 0 };
    const scores = Array.from({ length: 8 }, () => {
      const v = prepareVariation('verification', verify, scenario, counters);
      const text = v.apply(buildAnswer('verification', verify, scenario)).content;
      return /\\boxed\{([^}]*)\}\s*$/.exec(text)?.[1];
    });
    expect(scores.sort()).toEqual(['0', '0', '0', '0', '0', '0.5', '0.5', '1']);
  });

  it('makes every k-th proof slow, for all requests about it', () => {
    const scenario = { ...scenarioDefaults('default'), latencyMs: 10, slowEvery: 2, slowFactor: 5 };
    const counters = { verifications: 0, proofs: 0, failedSamples: 0 };
    const gen = (n: number) =>
      prepareVariation('generation', [{ role: 'user', content: `g${n}` }], scenario, counters);
    expect(gen(1).latencyMs).toBe(10);
    const second = gen(2);
    expect(second.latencyMs).toBe(50);
    const proof = second.apply({
      reasoning: '',
      content: '## Solution\n\nP\n\n## Self Evaluation\n\nok',
    });
    expect(proof.content).toContain('(Draft 2.)');
    const v = prepareVariation(
      'verification',
      verificationMessages('P', 'P\n(Draft 2.)'),
      scenario,
      counters,
    );
    expect(v.latencyMs).toBe(50);
  });
});
