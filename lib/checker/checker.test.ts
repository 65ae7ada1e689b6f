import { describe, expect, it } from 'vitest';
import { runChecker, runCheckerInSlices } from './run-checker';

/** The verdict of the relation whose text is `text` in `proof`. */
function verdictOf(proof: string, text: string) {
  const found = runChecker(proof).relations.find((r) => r.text === text);
  if (!found)
    throw new Error(
      `no relation “${text}” in ${JSON.stringify(runChecker(proof).relations.map((r) => r.text))}`,
    );
  return found;
}

describe('relation shapes', () => {
  it('checks every adjacent pair of a chain, and flags the false link with a witness', () => {
    const proof = 'Expanding,\n\\[\n(x+y)^2 = x^2 + 2xy + y^2 = x^2 + xy + y^2.\n\\]';
    expect(verdictOf(proof, '(x+y)^2 = x^2 + 2xy + y^2').verdict).toBe('holds');
    const bad = verdictOf(proof, 'x^2 + 2xy + y^2 = x^2 + xy + y^2');
    expect(bad.verdict).toBe('false');
    expect(bad.line).toBe(3);
    expect(bad.witness).toMatch(/^at x = [\d.]+, y = [\d.]+: left [-\d.e+]+, right [-\d.e+]+$/);
  });

  it('judges each link of a chain that states conditions on its own: an identity holds, a substitution is skipped', () => {
    const proof = 'So \\(a_2 = 3d + 2 + (E - O) = 3d + 2 + (E - (-4 - E)) = 3d + 2E + 6\\).';
    expect(verdictOf(proof, '3d + 2 + (E - (-4 - E)) = 3d + 2E + 6').verdict).toBe('holds');
    expect(verdictOf(proof, '3d + 2 + (E - O) = 3d + 2 + (E - (-4 - E))').verdict).toBe('skipped');
    // 2^a = ak - 2 from context: the second link substitutes it, and is not an identity.
    const substituted = 'Thus \\(2^{b}+2 = (2^{a})^{k}+2 = (a k-2)^{k}+2\\).';
    expect(verdictOf(substituted, '(2^{a})^{k}+2 = (a k-2)^{k}+2')).toMatchObject({
      verdict: 'skipped',
      reason: 'depends on context (a chain of conditions)',
    });
    // A slip in such a chain that is no substitution is still false.
    const slip = 'Thus \\(x^2 + y = (a+1)^2 + 1 = a^2 + 2a + 3\\).';
    expect(verdictOf(slip, '(a+1)^2 + 1 = a^2 + 2a + 3').verdict).toBe('false');
  });

  it('continues an `&=` row from the previous row’s last operand, on the row’s own line', () => {
    const proof = [
      'We compute',
      '\\begin{align*}',
      '(n+1)^2 - n^2 &= 2n + 1 \\\\',
      '&= 2(n+1) - 2',
      '\\end{align*}',
    ].join('\n');
    const rows = runChecker(proof).relations;
    expect(rows.map((r) => [r.line, r.verdict])).toEqual([
      [3, 'holds'],
      [4, 'false'],
    ]);
  });

  it('reads ≤ < ≥ > ≠ and checks inequalities as identities where a rewriting is claimed', () => {
    const proof =
      'By AM-GM, \\(\\frac{a+b}{2} \\ge \\sqrt{ab}\\), and \\(3 \\ne 4\\), \\(2 < 3 \\le 3\\), \\(5 > 7\\).';
    expect(verdictOf(proof, '\\frac{a+b}{2} \\ge \\sqrt{ab}').verdict).toBe('holds');
    expect(verdictOf(proof, '3 \\ne 4').verdict).toBe('holds');
    expect(verdictOf(proof, '2 < 3').verdict).toBe('holds');
    expect(verdictOf(proof, '3 \\le 3').verdict).toBe('holds');
    expect(verdictOf(proof, '5 > 7').verdict).toBe('false');
  });

  it('pins findings to the formula’s line with the witness in the description', () => {
    const proof = 'Line one.\nLine two has \\(17 \\cdot 23 = 392\\).';
    const { findings } = runChecker(proof);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: 'relations',
      severity: 'gap',
      category: 'computation',
      startLine: 2,
      endLine: 2,
      text: '17 \\cdot 23 = 392',
      witness: 'left 391, right 392',
    });
    expect(findings[0].description).toContain('left 391, right 392');
  });
});

describe('exact arithmetic', () => {
  it.each([
    ['2^{10} = 1024', 'holds'],
    ['2^{10} = 1023', 'false'],
    ['\\binom73 = 35', 'holds'],
    ['\\binom{7}{3} = 36', 'false'],
    ['17 \\cdot 23 = 391', 'holds'],
    ['10! = 3628800', 'holds'],
    ['\\frac{1}{3} + \\frac{1}{6} = \\frac12', 'holds'],
    ['2^{100} = 1267650600228229401496703205376', 'holds'],
    ['2^{100} = 1267650600228229401496703205377', 'false'],
    ['\\sum_{k=1}^{10} k = 55', 'holds'],
    ['\\sqrt{144} = 12', 'holds'],
    ['\\left\\lfloor \\frac{48}{22} \\right\\rfloor = 2', 'holds'],
    // A slash sized to what it divides is a division.
    ['\\frac{6}{4} \\Big/ \\Bigl(2\\cdot\\frac{3}{4}\\Bigr) = 1', 'holds'],
    ['\\frac{6}{4} \\Big/ \\Bigl(2\\cdot\\frac{3}{4}\\Bigr) = 2', 'false'],
  ])('%s → %s', (tex, verdict) => {
    expect(verdictOf(`So \\(${tex}\\).`, tex).verdict).toBe(verdict);
  });

  it('tells big integers apart that floating point would call equal', () => {
    const tex = '2^{60} + 1 = 1152921504606846976';
    expect(verdictOf(`Then \\(${tex}\\).`, tex)).toMatchObject({
      verdict: 'false',
      witness: 'left 1152921504606846977, right 1152921504606846976',
    });
  });
});

describe('tolerance', () => {
  it('reads a written decimal as rounded to its last digit', () => {
    expect(verdictOf('So \\(\\frac13 = 0.333\\).', '\\frac13 = 0.333').verdict).toBe('holds');
    expect(verdictOf('So \\(\\frac13 = 0.3\\).', '\\frac13 = 0.3').verdict).toBe('holds');
    expect(verdictOf('So \\(\\frac13 = 0.35\\).', '\\frac13 = 0.35').verdict).toBe('false');
  });

  it('compares irrational values with a relative tolerance', () => {
    expect(verdictOf('So \\(\\sqrt{2}^2 = 2\\).', '\\sqrt{2}^2 = 2').verdict).toBe('holds');
    expect(verdictOf('So \\(\\pi \\approx 3.14\\).', '\\pi \\approx 3.14').verdict).toBe('holds');
    expect(verdictOf('So \\(\\pi \\approx 3.5\\).', '\\pi \\approx 3.5').verdict).toBe('false');
  });
});

describe('domains', () => {
  it('holds when some domain satisfies it everywhere (x + 1/x ≥ 2 on positive reals)', () => {
    const tex = 'x + \\frac{1}{x} \\ge \\frac{(x-1)^2}{x} + 2';
    expect(verdictOf(`Hence \\(${tex}\\).`, tex).verdict).toBe('holds');
  });

  it('evaluates factorials and binomials on integers only', () => {
    const tex = '\\binom{n+1}{2} = \\frac{n(n+1)}{2}';
    expect(verdictOf(`Count: \\(${tex}\\).`, tex).verdict).toBe('holds');
    const wrong = '\\binom{n+1}{2} = \\frac{n(n-1)}{2}';
    expect(verdictOf(`Count: \\(${wrong}\\).`, wrong).verdict).toBe('false');
  });

  it('evaluates floor and ceiling on integers only', () => {
    const proof =
      'Then \\(\\left\\lfloor \\frac{2n+1}{2} \\right\\rfloor = \\left\\lfloor n + \\frac12 \\right\\rfloor = n + 1\\).';
    const [first, second] = runChecker(proof).relations;
    expect(first.verdict).toBe('holds');
    expect(second.verdict).toBe('false');
    expect(second.witness).toMatch(/^at n = \d+: left \d+, right \d+$/);
  });

  it('never calls false what holds at some sample (a condition, not an identity)', () => {
    const tex = '(x-1)(x-2) \\le x^2 - 2';
    expect(verdictOf(`Then \\(${tex}\\).`, tex).verdict).not.toBe('false');
  });
});

describe('sums, products and dots with symbolic bounds', () => {
  it('checks a sum or product with symbolic bounds as an identity on the integers', () => {
    const sum = '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}';
    expect(verdictOf(`Then \\(${sum}\\).`, sum).verdict).toBe('holds');
    const product = '\\prod_{j=1}^{n-1}(n-j+3) = \\prod_{k=1}^{n-1}(k+3) = \\frac{(n+2)!}{6}';
    const links = runChecker(`\\[${product}\\]`).relations;
    expect(links.map((r) => r.verdict)).toEqual(['holds', 'holds']);
    const wrong = '\\sum_{i=1}^{n} i = \\frac{n(n-1)}{2}';
    const flagged = verdictOf(`Then \\(${wrong}\\).`, wrong);
    expect(flagged.verdict).toBe('false');
    expect(flagged.witness).toMatch(/^at n = \d+: left \d+, right \d+$/);
  });

  it('does not sample a sum whose upper bound falls below its start, and never calls it false', () => {
    // Holds for n ≥ L only: n − L < 0 is not a case the text means.
    const tex = '\\sum_{i=1}^{n-L}\\bigl((n-L+1)-i\\bigr) = \\frac{(n-L)(n-L+1)}{2}';
    expect(verdictOf(`So \\(${tex}\\).`, tex).verdict).not.toBe('false');
  });

  it('reads an arithmetic progression written with dots, closed or up to a symbol', () => {
    const proof =
      'So \\(1+2+\\cdots+100 = 5050\\), \\(1+3+5+\\dots+(2k-1) = k^2\\), \\(2+4+\\ldots+2n = n(n-1)\\) and \\(1+2+\\cdots+10 = 56\\).';
    expect(runChecker(proof).relations.map((r) => r.verdict)).toEqual([
      'holds',
      'holds',
      'false',
      'false',
    ]);
  });
});

describe('simplifications where a symbol cancels', () => {
  it('checks sides over different symbols as an identity when the extra symbols cancel', () => {
    const proof =
      'Then \\(C-(x+C-y)=y-x\\), \\(\\tan(n\\pi+\\delta)=\\tan\\delta\\) and \\((x+2c)-x = 3c\\).';
    const [first, second, third] = runChecker(proof).relations;
    expect(first.verdict).toBe('holds');
    expect(second.verdict).toBe('holds');
    expect(third.verdict).toBe('false');
    expect(third.witness).toMatch(/^at c = [\d.-]+, x = [\d.-]+: left [\d.-]+, right [\d.-]+$/);
  });

  it('flags a false cancellation in a chain that states conditions', () => {
    const proof = "Then \\(a - 2b' = 1 + 2j - 2(b + j) = 2 - 2b\\).";
    expect(runChecker(proof).relations.map((r) => r.verdict)).toEqual(['skipped', 'false']);
  });

  it('checks a side that cancels to a number (“c \\cdot 0 = 0”, “(b+1) - (b-1) = 2”)', () => {
    const proof = 'So \\(c\\cdot 0 = 0\\), \\((b+1) - (b-1) = 2\\) and \\((b+1) - (b-1) = 3\\).';
    expect(runChecker(proof).relations.map((r) => r.verdict)).toEqual(['holds', 'holds', 'false']);
  });

  it('skips sides over different symbols that do not cancel: a condition', () => {
    const tex = '2m+2k-4j = 2m+2r';
    const rel = verdictOf(`So \\(${tex}\\).`, tex);
    expect(rel.verdict).toBe('skipped');
    expect(rel.reason).toBe('depends on context (sides over different symbols)');
  });
});

describe('a letter that names functions, used as a number', () => {
  it('reads the bracket after it as a factor when the relation also uses the letter alone', () => {
    const tex = '\\frac{P^{2}}{16} - P = P\\Bigl(\\frac{P}{16}-1\\Bigr)';
    expect(verdictOf(`So \\(${tex}\\).`, tex).verdict).toBe('holds');
    const wrong = 'd(a+c) = da + 2dc';
    expect(verdictOf(`So \\(${wrong}\\).`, wrong).verdict).toBe('false');
  });

  it('keeps an application when the letter is never alone, or its argument is one symbol', () => {
    const applied = 'd(e^{2}+1) = e^{2}+1';
    expect(verdictOf(`So \\(${applied}\\).`, applied).reason).toBe(
      'depends on what the text knows about d',
    );
    const argument = '\\frac{2}{2z-10-20T}= \\frac{1}{z-5-10T(z)}';
    expect(verdictOf(`So \\(${argument}\\).`, argument).verdict).not.toBe('false');
  });
});

describe('tuples', () => {
  it('checks a computation with tuples component by component, naming the false component', () => {
    const proof =
      'So \\(c(b\\cos\\alpha,0) = (bc\\cos\\alpha,0)\\) and \\((1,0)+2(p,h)-(q,b) = (1+2p-q,\\;2h-b)\\) and \\(2(a,b) = (2a, 3b)\\).';
    const [scaled, combined, wrong] = runChecker(proof).relations;
    expect(scaled.verdict).toBe('holds');
    expect(combined.verdict).toBe('holds');
    expect(wrong.verdict).toBe('false');
    expect(wrong.witness).toMatch(/^in component 2: at b = \d+: left \d+, right \d+$/);
  });

  it('leaves alone a length, a dot product, a function of two arguments and a tuple of values', () => {
    const proof =
      'Here \\(|(x,y)-C|^{2}=|(x,y)-E|^{2}\\), \\((a,b)\\cdot(c,d) = (ac, bd)\\), \\(f(a,b) = (a, b)\\) and \\((a,b)=(7,3)\\).';
    const verdicts = runChecker(proof).relations.map((r) => r.verdict);
    expect(verdicts).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });
});

describe('geometric progressions written with dots', () => {
  it('reads powers of one base with exponents falling or rising by one as their sum', () => {
    const proof =
      'So \\(X^{t}-1 = (X-1)(X^{t-1}+X^{t-2}+\\cdots+X+1)\\), \\(2^{n+1}-1 = 1+2+2^{2}+\\cdots+2^{n}\\) and \\(3^{n}-1 = 1+3+3^{2}+\\cdots+3^{n}\\).';
    const [falling, rising, wrong] = runChecker(proof).relations;
    expect(falling.verdict).toBe('holds');
    expect(rising.verdict).toBe('holds');
    expect(wrong.verdict).toBe('false');
    expect(wrong.witness).toMatch(/^at n = \d+: left \d+, right \d+$/);
  });
});

describe('congruences', () => {
  it('checks the equations written before a first \\equiv exactly, and skips what follows it', () => {
    const proof =
      'Here \\(2^{10} = 1024 \\equiv 1 \\pmod{11}\\) and \\(3^{4} = 80 \\equiv 3 = 8 \\pmod{5}\\).';
    const rels = runChecker(proof).relations;
    expect(rels.map((r) => r.verdict)).toEqual(['holds', 'false', 'skipped']);
    expect(rels[2].reason).toBe('congruence');
  });
});

describe('inequalities asserted in context', () => {
  it('holds when it holds for every value the text allows, with the bound the text stated', () => {
    expect(verdictOf('Since \\(x \\ge 2\\), \\(x - 1 \\ge 1\\).', 'x - 1 \\ge 1').verdict).toBe(
      'holds',
    );
    expect(verdictOf('Note \\(y^{2} + 4 > 0\\).', 'y^{2} + 4 > 0').verdict).toBe('holds');
    expect(verdictOf('As \\(p > 7\\), \\(p - 4 > 3\\).', 'p - 4 > 3').verdict).toBe('holds');
  });

  it('skips (never false) what holds only for some values: no bound, a small sample range, a goal, equality at a strict sign', () => {
    for (const [proof, text] of [
      ['So \\(x - 1 \\ge 1\\).', 'x - 1 \\ge 1'],
      ['Hence \\(|A| \\le 1000\\).', '|A| \\le 1000'],
      ['We show that \\(x \\ge 2\\). Then \\(x - 1 \\ge 1\\).', 'x - 1 \\ge 1'],
      ['As \\(M \\ge 1\\), \\(2M(M-1) > 0\\).', '2M(M-1) > 0'],
      ['So \\(x - 5 \\ge 1\\).', 'x - 5 \\ge 1'],
    ])
      expect(verdictOf(proof, text)).toMatchObject({
        verdict: 'skipped',
        reason: expect.stringMatching(/context/),
      });
  });

  it('skips what fails only near the edge of where its sides are defined, which draws rarely reach', () => {
    // Grok-4's "g'(t) > 0": it fails for t between (k-1)√2 and √(2k(k-1)), where the root ends.
    const root = '\\sqrt{2k - t^{2}/(k-1)}';
    for (const text of [`1 - \\frac{t/(k-1)}{${root}} > 0`, `t+${root} > 0`])
      expect(verdictOf(`Let \\(k \\ge 2\\). Then \\(${text}\\).`, text).verdict).toBe('skipped');
    // Up to the edge and past it where it holds, it still holds.
    for (const text of [`${root} + t^{2} + 1 > t^{2}`, `k+${root} > 1`])
      expect(verdictOf(`Let \\(k \\ge 2\\). Then \\(${text}\\).`, text).verdict).toBe('holds');
  });

  it('does not read a formula that goes on from the prose (“the smaller number \\(+ (p+1) \\ge p+1\\)”)', () => {
    const rel = verdictOf('the smaller number \\(+ (p+1) \\ge p+1\\).', '+ (p+1) \\ge p+1');
    expect(rel).toMatchObject({ verdict: 'skipped', reason: 'a side that goes on from the prose' });
  });
});

describe('a relation the text says follows from the equation before', () => {
  it('holds when it is that equation rearranged (“\\(3c - ac - c = 0 \\Longrightarrow 2c - ac = 0\\)”)', () => {
    const proof = 'Then \\(3c-ac-c=0 \\Longrightarrow 2c-ac=0 \\Longrightarrow c(2-a)=0\\).';
    expect(verdictOf(proof, '2c-ac=0').verdict).toBe('holds');
    expect(verdictOf(proof, 'c(2-a)=0').verdict).toBe('holds');
  });

  it('puts a value claimed for the only unknown into the equation: a root holds, a non-root is false', () => {
    expect(verdictOf('We get \\(x^2-5x+6=0\\), so \\(x=2\\).', 'x=2').verdict).toBe('holds');
    expect(verdictOf('We get \\(x^2-5x+6=0\\), so \\(x=4\\).', 'x=4')).toMatchObject({
      verdict: 'false',
      witness: 'at x = 4 the equation on line 1 gives left 2, right 0',
    });
  });

  it('is false when it is the equation before moved by a constant', () => {
    const rel = verdictOf('Hence \\(2a+2b=10\\), i.e. \\(a+b=7\\).', 'a+b=7');
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toContain('left − right = -2');
  });

  it('holds for an inequality that is the one before scaled or loosened, and never calls one false', () => {
    const proof = 'So \\(p^{3}+9r\\ge2p(p^{2}-1)\\), hence \\(9r\\ge p^{3}-2p\\).';
    expect(verdictOf(proof, '9r\\ge p^{3}-2p').verdict).toBe('holds');
    const tighter =
      'So \\(2a \\ge 4\\), hence \\(a + 1 \\ge 3 + a - a\\), thus \\(a + 1 \\ge 4 + a - a\\).';
    expect(verdictOf(tighter, 'a + 1 \\ge 3 + a - a').verdict).toBe('holds');
    expect(verdictOf(tighter, 'a + 1 \\ge 4 + a - a').verdict).toBe('skipped');
  });

  it('skips a step that may use other facts, or an alternative rather than a consequence', () => {
    const other = 'We have \\(a+b=5\\) and \\(a-b=1\\), so \\(a=3\\).';
    expect(verdictOf(other, 'a=3').verdict).toBe('skipped');
    const alternative = 'Either \\(x^2-5x+6=0\\) or \\(x=7\\).';
    expect(verdictOf(alternative, 'x=7').verdict).toBe('skipped');
  });
});

describe('unknown functions', () => {
  it('reads f(x) as an arbitrary function: what holds for every function holds', () => {
    const proof =
      'Then \\(f(2t)+2c=c+2f(t)\\;\\Longrightarrow\\;f(2t)=2f(t)-c\\), and \\(g(0)=g(0+0)\\).';
    expect(verdictOf(proof, 'f(2t)=2f(t)-c').verdict).toBe('holds');
    expect(verdictOf(proof, 'g(0)=g(0+0)').verdict).toBe('holds');
  });

  it('does not let an arbitrary function decide a bound, an inequation or a closed claim', () => {
    const proof = 'So \\(|T(g)| \\le 995\\), \\(f(a) \\neq 0\\) and \\(h(\\sqrt2) < 1\\).';
    for (const text of ['|T(g)| \\le 995', 'f(a) \\neq 0', 'h(\\sqrt2) < 1'])
      expect(verdictOf(proof, text).verdict).toBe('skipped');
  });

  it('never calls false what may follow from what the text knows about f', () => {
    const proof = 'Let \\(c=f(0)\\). So \\(g(0+0)=g(0)+g(0)\\), and \\(c\\cdot 2=0\\).';
    for (const text of ['g(0+0)=g(0)+g(0)', 'c\\cdot 2=0'])
      expect(verdictOf(proof, text)).toMatchObject({
        verdict: 'skipped',
        reason: expect.stringMatching(/^depends on what the text knows about [fg]$/),
      });
  });
});

describe('notation', () => {
  it('reads trigonometric powers and reciprocals, and capital Greek letters as names', () => {
    const proof =
      'So \\(u = \\tan^2 x + 1 = \\sec^2 x\\) and \\(v = \\cot^{2} x + 1 = \\csc^{2} x + 1\\), \\(\\Delta = b^2 - 4ac\\).';
    expect(verdictOf(proof, '\\tan^2 x + 1 = \\sec^2 x').verdict).toBe('holds');
    expect(verdictOf(proof, '\\cot^{2} x + 1 = \\csc^{2} x + 1').verdict).toBe('false');
    expect(verdictOf(proof, '\\Delta = b^2 - 4ac').reason).toBe(
      'depends on context (a value or definition of a symbol)',
    );
  });

  it('checks a link of a chain over the same symbols as a rewriting, whatever its shape', () => {
    const proof = 'Then \\(a = 5(5x) = 26x\\) and \\(b = 9^{m} = (3^{2})^{m} = 3^{2m}\\).';
    expect(verdictOf(proof, '5(5x) = 26x').verdict).toBe('false');
    expect(verdictOf(proof, '9^{m} = (3^{2})^{m}').verdict).toBe('holds');
    expect(verdictOf(proof, '(3^{2})^{m} = 3^{2m}').verdict).toBe('holds');
  });
});

describe('what the text claims', () => {
  it('skips conclusions in context, and confirms one the values stated before settle', () => {
    const proof = 'Suppose \\(x = 2\\). So \\(a + b = 5\\), hence \\(x^2 - 5x + 6 = 0\\).';
    for (const text of ['x = 2', 'a + b = 5'])
      expect(verdictOf(proof, text)).toMatchObject({
        verdict: 'skipped',
        reason: expect.stringMatching(/context/),
      });
    expect(verdictOf(proof, 'x^2 - 5x + 6 = 0')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with x = 2 (line 1)',
    });
  });

  it('uses an earlier “let a = 3” to check a later claim about a', () => {
    const proof = 'Let \\(a = 3\\).\nThen \\(a^2 + 1 = 11\\).';
    expect(verdictOf(proof, 'a^2 + 1 = 11')).toMatchObject({
      verdict: 'false',
      witness: 'left 10, right 11 (given a = 3 from earlier)',
    });
  });

  it('uses “where n = 2k + 1” to check a rewriting in k', () => {
    const proof =
      'Write it where \\(n = 2k+1\\). Then \\(n^2 = 4k^2 + 4k + 1\\) and \\(n^2 = 4k^2 + 2k + 1\\).';
    expect(verdictOf(proof, 'n^2 = 4k^2 + 4k + 1').verdict).toBe('holds');
    expect(verdictOf(proof, 'n^2 = 4k^2 + 2k + 1').verdict).toBe('false');
  });

  it('reads “writing w = 1/z” as a binding, and “setting x = 0” as no lasting one', () => {
    // Putnam 2024 A6: "For T we expand near infinity. Writing \\(w=1/z\\), …"
    const writing = (claim: string) =>
      `For \\(T\\) we expand near infinity. Writing \\(w=1/z\\),\n\\[${claim}\\]`;
    const right = 'z^{2}-14z+9=z^{2}(1-14w+9w^{2})';
    expect(verdictOf(writing(right), right).verdict).toBe('holds');
    // Found false only through the binding: an equation stated earlier only ever confirms.
    const wrong = 'z^{2}-14z+9=z^{2}(1-14w+8w^{2})';
    expect(verdictOf(writing(wrong), wrong)).toMatchObject({
      verdict: 'false',
      witness: expect.stringMatching(/\(given w=1\/z from earlier\)$/),
    });
    const setting = 'Setting \\(x = 0\\) gives \\(f(y) = y\\). Then \\(x^2 + 1 = 2\\).';
    expect(verdictOf(setting, 'x^2 + 1 = 2').verdict).toBe('skipped');
  });

  it('checks what a substitution gives as a rewriting, unless its sides grow unlike', () => {
    // Grok-4's P4 drafts: "m = 2^k s", then "m/2 = 2^{k-1} s" (a planted 2^{k-2} was skipped
    // as "an equation, not a rewriting").
    const proof = (claim: string) => `Let \\(m = 2^{k} s\\). Then \\(${claim}\\).`;
    expect(verdictOf(proof('m/2 = 2^{k-1} s'), 'm/2 = 2^{k-1} s').verdict).toBe('holds');
    expect(verdictOf(proof('m/2 = 2^{k-2} s'), 'm/2 = 2^{k-2} s')).toMatchObject({
      verdict: 'false',
      witness: expect.stringMatching(/\(given m = 2\^\{k\} s from earlier\)$/),
    });
    // Still equations to solve: a quadratic against a quartic, a linear one.
    for (const [binding, claim] of [
      ['y = x^{2}', 'y^{2} = 5x^{2} - 6'],
      ['y = 2x', 'y + 1 = 3x - 4'],
    ])
      expect(verdictOf(`Let \\(${binding}\\). Then \\(${claim}\\).`, claim).verdict).toBe(
        'skipped',
      );
  });

  it('does not take an equation to solve for a false identity', () => {
    for (const tex of ['2x + 3 = 7 - x', 'b^2 - b + 1 - k^2 = bk(k+1)', '(b-a)(c+d) = (c-d)(a+b)'])
      expect(verdictOf(`so \\(${tex}\\)`, tex).verdict).toBe('skipped');
  });

  it('does not flag a false claim the text itself rules out', () => {
    const proof = 'Then \\(2 = 1\\), a contradiction. If \\(n = 1\\) we would get \\(4 = 8\\).';
    expect(verdictOf(proof, '2 = 1').verdict).toBe('skipped');
    expect(verdictOf(proof, '4 = 8').verdict).toBe('skipped');
  });

  it('reads only its own sentence for that: the next section may be called "Contradiction"', () => {
    // PB-Basic-013: "… = 30." then "Thus (4) holds …", then the heading "### 6. Contradiction".
    const after = '\n\nThus (4) holds for any degree sequence.\n\n---\n\n### 6.  Contradiction';
    const wrong = `Substituting gives \\[\\frac{108-48}{2}=31.\\]${after}`;
    expect(verdictOf(wrong, '\\frac{108-48}{2}=31')).toMatchObject({
      verdict: 'false',
      witness: 'left 30, right 31',
    });
    const refuted = 'Substituting gives \\[\\frac{108-48}{2}=31,\\]\n\nwhich is impossible.';
    expect(verdictOf(refuted, '\\frac{108-48}{2}=31').verdict).toBe('skipped');
  });

  it('reads "if desired" as no hypothesis', () => {
    const proof = '(If desired, the total can be computed: \\(2^{10}=1000\\).)';
    expect(verdictOf(proof, '2^{10}=1000').verdict).toBe('false');
  });
});

describe('skip reasons', () => {
  it.each([
    ['f(x+1) = f(x) + 2', 'depends on what the text knows about f'],
    ['\\sum_{i=1}^{n} i = m', 'sum or product with symbolic bounds'],
    // Reasons in words, with commands as the text wrote them (KaTeX's \@cdots is \cdots).
    [
      '1 + 2 + 4 + \\cdots + 2^{k} = 2^{k+1} - 1',
      'a series with “\\cdots” not read as arithmetic or geometric',
    ],
    ['x_1 \\le \\dots \\le x_k', 'an ellipsis (“\\cdots”)'],
    ['x + \\infty = y', 'the symbol “\\infty”'],
    ['\\Pr(A) = p', 'the operator “\\Pr”'],
    ['\\sum a_i = s', '“\\sum” without its bounds'],
    ['x = \\big\\| y \\big\\|', 'a sized delimiter (\\big…) on its own'],
    ['\\max_{i} a_i = M', 'the operator “\\max” with a script'],
    ['AB = CD + 1', 'a segment or angle named by its points'],
    ['x \\cdot \\int_0^1 t = 1', 'an integral without its differential after it (dx)'],
    ['a \\equiv b + 3 = c', 'congruence'],
    ['7 = 2 \\pmod 5', 'congruence'],
    ['(1, 2) \\cdot (a, b) = 1', 'a tuple or interval'],
  ])('%s: %s', (tex, reason) => {
    const rel = runChecker(`Note \\(${tex}\\).`).relations[0];
    expect(rel.verdict).toBe('skipped');
    expect(rel.reason).toContain(reason);
  });
});

describe('TeX checks', () => {
  it('reports a formula KaTeX cannot render, on its line', () => {
    const { findings } = runChecker('Fine \\(x\\).\nBroken \\(\\frac{1}{\\).');
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'tex',
        severity: 'minor',
        category: 'notation',
        startLine: 2,
        endLine: 2,
      }),
    ]);
    expect(findings[0].description).toMatch(/does not render/);
  });

  it('reports an unbalanced delimiter on its line', () => {
    const { findings } = runChecker('One.\nTwo \\( x = 1 and nothing closes it.');
    expect(findings).toEqual([
      expect.objectContaining({ check: 'tex', startLine: 2, text: '\\(' }),
    ]);
  });

  it('accepts what the preview’s normalisation repairs', () => {
    expect(runChecker('A tag: \\[ x = 1 \\tag{1} \\]').findings).toEqual([]);
  });
});

describe('plug-in checks', () => {
  it('runs each listed check and merges its findings by line', () => {
    const extra = () => [
      {
        check: 'references' as const,
        severity: 'minor' as const,
        category: 'reference' as const,
        startLine: 1,
        endLine: 1,
        text: 'Lemma 4',
        description: 'Lemma 4 is never stated.',
      },
    ];
    const { findings } = runChecker('By Lemma 4.\nThen \\(2 + 2 = 5\\).', [extra]);
    expect(findings.map((f) => f.check)).toEqual(['references', 'relations']);
  });
});

describe('stats', () => {
  it('counts relations, holds, false and skipped', () => {
    const { stats } = runChecker('\\(1 + 1 = 2\\), \\(2 + 2 = 5\\), \\(x = 3\\).');
    expect(stats).toEqual({ relations: 3, holds: 1, false: 1, skipped: 1 });
  });
});

describe('labels and references', () => {
  it('reports a label cited but defined nowhere, one defined twice and one used before its proof, each on its line', () => {
    const proof = [
      '**Lemma 1.** A.', // 1
      '*Proof.* By Lemma 2 and (2). ∎', // 2
      '**Lemma 2.** B, so', // 3
      '\\[ x = y \\tag{2} \\]', // 4
      '**Claim 3.** From Lemmas 1 and 2, and by Lemma 4, and from (7).', // 5
      '**Lemma 2.** Defined again.', // 6
    ].join('\n');
    const refs = runChecker(proof)
      .findings.filter((f) => f.check === 'references')
      .map((f) => [f.startLine, f.text, f.severity, f.category, f.description]);
    expect(refs).toEqual([
      [
        2,
        'Lemma 2',
        'minor',
        'reference',
        'Lemma 2 is used here before it is proved further down: check that its proof does not rely on this step.',
      ],
      [
        5,
        'Lemma 4',
        'minor',
        'reference',
        'Lemma 4 is cited here but defined nowhere in the proof.',
      ],
      [5, '(7)', 'minor', 'reference', '(7) is cited here but defined nowhere in the proof.'],
      [
        6,
        'Lemma 2',
        'minor',
        'reference',
        'Lemma 2 is defined a second time here; it was first defined on line 3.',
      ],
    ]);
  });

  it('says nothing about a proof whose labels are all defined once and cited after', () => {
    const proof = '**Lemma 1.** $a = a$.\n*Proof.* Clear. ∎\n\nBy Lemma 1, we are done.';
    expect(runChecker(proof).findings.filter((f) => f.check === 'references')).toEqual([]);
  });
});

describe('running in slices (the server)', () => {
  it('finds what a straight run finds, and lets the event loop turn between formulas', async () => {
    const proof = Array.from(
      { length: 40 },
      (_, i) =>
        `Step ${i}: $${i} + 1 = ${i + 1}$ and $2^{${i % 10}} = ${2 ** (i % 10) + (i === 7 ? 1 : 0)}$.`,
    ).join('\n');
    let turns = 0;
    let done = false;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const sliced = await runCheckerInSlices(proof, undefined, 0);
    done = true;
    const straight = runChecker(proof);
    expect(sliced).toEqual(straight);
    expect(straight.stats.false).toBe(1);
    // 80 formulas with a relation, each its own slice: other work ran between them.
    expect(turns).toBeGreaterThanOrEqual(80);
  });
});
