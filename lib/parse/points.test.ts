import { describe, expect, it } from 'vitest';
import { parsePoints } from './points';

describe('parsePoints', () => {
  it('reads the last <points> tag and keeps the reasoning before it', () => {
    const text =
      'I will answer as <points>N out of 7</points>.\nThe key lemma is unproved.\n\n<points>1 out of 7</points>';
    expect(parsePoints(text)).toEqual({
      points: 1,
      reasons: 'I will answer as <points>N out of 7</points>.\nThe key lemma is unproved.',
    });
  });

  it('accepts spacing, case and N/7 inside the tag', () => {
    expect(parsePoints('ok <POINTS> 7 / 7 </POINTS>')?.points).toBe(7);
    expect(parsePoints('fine <points>6  out  of 7</points>')?.points).toBe(6);
  });

  it('falls back to a bare "N out of 7" when the tag is missing', () => {
    expect(parsePoints('Overall this earns 6 out of 7.')?.points).toBe(6);
  });

  it('gives no verdict for out-of-range or fractional points, or none at all', () => {
    expect(parsePoints('<points>8 out of 7</points>')).toBeNull();
    expect(parsePoints('<points>3.5 out of 7</points>')).toBeNull();
    expect(parsePoints('A fine proof.')).toBeNull();
  });
});
