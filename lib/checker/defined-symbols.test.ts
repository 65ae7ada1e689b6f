import { describe, expect, it } from 'vitest';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe('symbols the text defined', () => {
  it('puts a definition in: an expansion of the defined symbol holds', () => {
    const proof = 'Put \\(s = a+b+c\\).\nThen \\(s^2 = a^2+b^2+c^2+2(ab+bc+ca)\\).';
    expect(verdictOf(proof, 's^2 = a^2+b^2+c^2+2(ab+bc+ca)').verdict).toBe('holds');
  });

  it('flags a wrong one, naming the definition in the witness', () => {
    const proof = 'Put \\(s = a+b+c\\).\nThen \\(s^2 = a^2+b^2+c^2+3(ab+bc+ca)\\).';
    const rel = verdictOf(proof, 's^2 = a^2+b^2+c^2+3(ab+bc+ca)');
    expect(rel.verdict).toBe('false');
    expect(rel.line).toBe(2);
    expect(rel.witness).toMatch(
      /^at a = .*: left .*, right .* \(given s = a\+b\+c from earlier\)$/,
    );
  });

  it('computes a claim its definitions close, after an equation that uses the symbol', () => {
    const proof = [
      'Let \\(R=9\\) be the radius of the big circle.',
      'The chord meets it at parameter t, and \\(R = t + 1\\).',
      'The probability is \\(\\frac{2}{\\pi}\\arcsin\\frac{1}{R} = \\frac{2}{\\pi}\\arcsin\\frac{1}{10}\\).',
    ];
    const text = '\\frac{2}{\\pi}\\arcsin\\frac{1}{R} = \\frac{2}{\\pi}\\arcsin\\frac{1}{10}';
    expect(verdictOf(proof.join('\n'), text)).toMatchObject({
      verdict: 'false',
      witness: 'left 0.070881891, right 0.063768561 (given R=9 from earlier)',
    });
    // An equation stated since that the value contradicts ("R = 10"): the text has moved on
    // from R = 9 (as after "setting x = 0"), so nothing is called false with it.
    const movedOn = [...proof.slice(0, 2), 'If \\(R = 10\\) the picture changes.', '', proof[2]];
    expect(verdictOf(movedOn.join('\n'), text).verdict).toBe('skipped');
  });

  it('goes through definitions that use earlier ones, and drops a condition written after a value', () => {
    const proof = [
      'Let \\(x=\\sqrt a\\), \\(y=\\sqrt b\\), \\(z=\\sqrt c\\;(>0)\\). Set',
      '\\[p=x+y+z,\\qquad q=xy+yz+zx,\\qquad r=xyz\\;(>0).\\]',
      'A well-known identity gives \\[x^{2}y^{2}+y^{2}z^{2}+z^{2}x^{2}=q^{2}-2pr.\\]',
      'And \\(p^{2}=a+b+c+2q\\).',
    ].join('\n');
    expect(verdictOf(proof, 'x^{2}y^{2}+y^{2}z^{2}+z^{2}x^{2}=q^{2}-2pr').verdict).toBe('holds');
    expect(verdictOf(proof, 'p^{2}=a+b+c+2q').verdict).toBe('holds');
  });

  it('is never false over symbols an equation of the text links (x^2 + y^2 = 1)', () => {
    const proof = [
      'Set \\(p = x+y\\) and \\(q = xy\\). We know \\(x^2+y^2 = 1\\).',
      'So \\(p^2 = 1 + 2q\\) and \\(p^2 = 1 + 3q\\).',
    ].join('\n');
    expect(verdictOf(proof, 'p^2 = 1 + 2q')).toMatchObject({ verdict: 'skipped' });
    expect(verdictOf(proof, 'p^2 = 1 + 3q')).toMatchObject({
      verdict: 'skipped',
      reason: expect.stringMatching(/^depends on context/),
    });
  });

  it('does not judge the definition itself, nor a value given to the defined symbol', () => {
    const proof = 'Put \\(s = a+b\\). In the end \\(s = 3\\).';
    expect(verdictOf(proof, 's = a+b').verdict).toBe('skipped');
    expect(verdictOf(proof, 's = 3').verdict).toBe('skipped');
  });

  it('keeps a definition made in a case out of the next case, and takes a new definition', () => {
    const proof = [
      '**Case 1.** Let \\(t = a+1\\). Then \\(t^2 = a^2+2a+1\\).',
      '**Case 2.** Here \\(t^2 = a^2+2a+1\\) is not claimed; let \\(u = a-1\\).',
      'Let \\(u = a+2\\). Then \\(u^2 = a^2+4a+4\\).',
    ].join('\n');
    expect(verdictOf(proof, 't^2 = a^2+2a+1').verdict).toBe('holds');
    const next = runChecker(proof).relations.filter((r) => r.text === 't^2 = a^2+2a+1');
    expect(next.map((r) => [r.line, r.verdict])).toEqual([
      [1, 'holds'],
      [2, 'skipped'],
    ]);
    expect(verdictOf(proof, 'u^2 = a^2+4a+4').verdict).toBe('holds');
  });

  it('reads a definition made before the cases in every case', () => {
    const proof = [
      'Let \\(s = a+b\\).',
      '**Case 1.** \\(s^2 = a^2+2ab+b^2\\).',
      '**Case 2.** \\(s^2 - 2ab = a^2+b^2\\).',
    ].join('\n');
    expect(verdictOf(proof, 's^2 = a^2+2ab+b^2').verdict).toBe('holds');
    expect(verdictOf(proof, 's^2 - 2ab = a^2+b^2').verdict).toBe('holds');
  });

  it('reads := and \\coloneqq as definitions, of symbols and of functions, and counts no relation for them', () => {
    const proof = [
      'Put \\(s := a+b+c\\). Then \\(s^2 = a^2+b^2+c^2+2(ab+bc+ca)\\).',
      'Define \\[g(p)\\coloneqq\\frac{p^{3}-2p}{9}. \\tag{8}\\]',
      'Then \\(9g(p) = p^3 - 2p\\) and \\(g(3) = \\frac{8}{3}\\).',
    ].join('\n');
    const { relations } = runChecker(proof);
    expect(relations.map((r) => [r.text, r.verdict])).toEqual([
      ['s^2 = a^2+b^2+c^2+2(ab+bc+ca)', 'holds'],
      ['9g(p) = p^3 - 2p', 'holds'],
      ['g(3) = \\frac{8}{3}', 'false'],
    ]);
    expect(relations[2].witness).toMatch(
      /^left 7\/3, right 8\/3 \(given .*g\(p\).* from earlier\)$/,
    );
  });
});
