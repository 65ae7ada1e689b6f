import { describe, expect, it } from 'vitest';
import { isVerified } from './round-outline';

const verifierFinding = (p: { nodeId?: string; carriedFromId?: string } = {}) => ({
  source: 'verifier' as const,
  nodeId: p.nodeId ?? null,
  carriedFromId: p.carriedFromId ?? null,
});

describe('isVerified', () => {
  it('counts a score, or a verifier finding on the whole proof', () => {
    expect(isVerified({ score: 0.5, findings: [] })).toBe(true);
    expect(isVerified({ score: null, findings: [verifierFinding()] })).toBe(true);
    expect(isVerified({ score: null, findings: [] })).toBe(false);
  });

  it('does not count findings carried from the round it was made from, nor a part verification', () => {
    expect(isVerified({ score: null, findings: [verifierFinding({ carriedFromId: 'f1' })] })).toBe(
      false,
    );
    expect(isVerified({ score: null, findings: [verifierFinding({ nodeId: 'lemma-2' })] })).toBe(
      false,
    );
  });
});
