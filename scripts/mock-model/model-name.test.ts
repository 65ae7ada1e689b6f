import { describe, expect, it } from 'vitest';
import { parseModelName } from './model-name';

describe('parseModelName', () => {
  it('reads the scenario and options', () => {
    expect(parseModelName('mock')).toEqual({ scenario: 'default', options: {} });
    expect(parseModelName('mock-slow:tps=200,silenceMs=2000')).toEqual({
      scenario: 'slow',
      options: { tps: 200, silenceMs: 2000 },
    });
    expect(parseModelName('mock:format=imo25,only=verification')).toEqual({
      scenario: 'default',
      options: { format: 'imo25', only: 'verification' },
    });
    expect(parseModelName('mock-reasoning-field')).toMatchObject({ scenario: 'reasoning-field' });
  });

  it('serves any other model name normally', () => {
    expect(parseModelName('deepseek-math-v2')).toEqual({ scenario: 'default', options: {} });
  });

  it('rejects unknown scenarios and options', () => {
    expect(parseModelName('mock-fast')).toHaveProperty('error');
    expect(parseModelName('mock:speed=3')).toHaveProperty('error');
    expect(parseModelName('mock:format=xml')).toHaveProperty('error');
    expect(parseModelName('mock:tps=-1')).toHaveProperty('error');
  });
});
