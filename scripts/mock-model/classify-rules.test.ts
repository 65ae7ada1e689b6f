import { describe, expect, it } from 'vitest';
import { classifyRequest } from './classify';
import { ControlState } from './control-state';

describe('classify rules from POST /__control', () => {
  const referee = [{ role: 'user', content: 'REFEREE-SET verification. Proof: …' }];

  it("tell a test's own prompts apart, and are cleared by reset", () => {
    const state = new ControlState();
    expect(state.classify(referee)).toBeNull();
    expect(classifyRequest(referee)).toBe('generation');
    expect(state.set({ classify: { 'REFEREE-SET verification': 'verification' } })).toBeNull();
    expect(state.classify(referee)).toBe('verification');
    state.reset();
    expect(state.classify(referee)).toBeNull();
  });

  it('refuse an unknown kind', () => {
    expect(new ControlState().set({ classify: { x: 'poem' } })).toMatch(/not one of/);
  });
});
