import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

describe('capital Greek letters with a subscript, read as names', () => {
  it('reads \\Delta_{12} like x_{12}: a step from the line before', () => {
    const proof = 'Hence \\(\\Delta_{34}-\\Delta_{12}=0\\), i.e. \\(\\Delta_{34}=\\Delta_{12}\\).';
    expect(verdictOf(proof, '\\Delta_{34}=\\Delta_{12}').verdict).toBe('holds');
    const chain = 'So \\(S=2\\Sigma_A+\\Sigma_A=3\\Sigma_A\\).';
    expect(verdictOf(chain, '2\\Sigma_A+\\Sigma_A=3\\Sigma_A').verdict).toBe('holds');
  });

  it('leaves a claim in context skipped', () => {
    const proof = 'Thus \\(\\Delta_1+\\Delta_2=K\\).';
    expect(verdictOf(proof, '\\Delta_1+\\Delta_2=K').verdict).toBe('skipped');
  });
});
