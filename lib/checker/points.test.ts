import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

const lines = (...ls: string[]) => ls.join('\n');

/** A triangle placed as DeepSeekMath-V2's coordinate proofs place it. */
const TRIANGLE = lines(
  'Place \\(A\\) at the origin: \\[ A=(0,0),\\qquad B=(c,0),\\qquad C=(b\\cos\\alpha,\\;b\\sin\\alpha). \\]',
  'The circumcentre is \\[ O = \\Bigl(\\frac{c}{2},\\;\\frac{b-c\\cos\\alpha}{2\\sin\\alpha}\\Bigr). \\]',
);

describe('claims about points the text gave coordinates', () => {
  it('computes dot products and lengths with the coordinates put in', () => {
    const proof = lines(
      TRIANGLE,
      'Hence \\(B\\!\\cdot\\!O = \\frac{c^{2}}{2}\\) and \\(|B+C|^{2}= (c+b\\cos\\alpha)^{2}+(b\\sin\\alpha)^{2}\\).',
    );
    expect(verdictOf(proof, 'B\\!\\cdot\\!O = \\frac{c^{2}}{2}')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with the coordinates of B (line 1), O (line 2)',
    });
    expect(verdictOf(proof, '|B+C|^{2}= (c+b\\cos\\alpha)^{2}+(b\\sin\\alpha)^{2}').verdict).toBe(
      'holds',
    );
  });

  it('compares a vector with a tuple coordinate by coordinate, and takes points defined by points', () => {
    const proof = lines(
      TRIANGLE,
      'Let \\(E = tC\\) and \\(H = A+B+C-2O\\). Then \\(bE = (b^{2}t\\cos\\alpha,\\; b^{2}t\\sin\\alpha)\\),',
      'and \\(\\overrightarrow{BC} = (b\\cos\\alpha - c,\\; b\\sin\\alpha)\\), \\(H - B = C - 2O\\).',
    );
    for (const text of [
      'bE = (b^{2}t\\cos\\alpha,\\; b^{2}t\\sin\\alpha)',
      '\\overrightarrow{BC} = (b\\cos\\alpha - c,\\; b\\sin\\alpha)',
      'H - B = C - 2O',
    ])
      expect(verdictOf(proof, text).verdict, text).toBe('holds');
  });

  it('never calls a claim over free coordinates false: the text may tie them', () => {
    const proof = lines(
      TRIANGLE,
      'Since \\(O\\) is equidistant, \\(|O|^{2} = \\frac{c^{2}}{4}\\) and \\(B\\!\\cdot\\!C = bc\\).',
    );
    expect(verdictOf(proof, '|O|^{2} = \\frac{c^{2}}{4}').verdict).toBe('skipped');
    expect(verdictOf(proof, 'B\\!\\cdot\\!C = bc').verdict).toBe('skipped');
  });

  it('calls a claim about points with numbers for coordinates false, with a witness', () => {
    const proof = lines(
      '\\[ D=(0,0),\\qquad X=(0,2),\\qquad Y=(3,4). \\]',
      'So \\(|X - Y| = 3\\) and \\(|Y - D| = 5\\).',
    );
    expect(verdictOf(proof, '|Y - D| = 5').verdict).toBe('holds');
    const wrong = verdictOf(proof, '|X - Y| = 3');
    expect(wrong.verdict).toBe('false');
    expect(wrong).toMatchObject({ witness: expect.stringContaining('X (line 1), Y (line 1)') });
  });

  it('reads two points with a written \\cdot as a dot product, side by side as a segment', () => {
    const proof = lines(
      '\\[ D=(0,0),\\qquad X=(0,2),\\qquad Y=(3,4). \\]',
      'Then \\(X\\cdot Y = 8\\), and \\(2XY = 2\\sqrt{13}\\).',
    );
    expect(verdictOf(proof, 'X\\cdot Y = 8').verdict).toBe('holds');
    expect(verdictOf(proof, '2XY = 2\\sqrt{13}').verdict).toBe('holds');
  });

  it('says a name given coordinates is a point, not a tuple it could not read', () => {
    expect(verdictOf(TRIANGLE, 'B=(c,0)')).toMatchObject({
      verdict: 'skipped',
      reason: 'depends on context (a point or vector given its coordinates)',
    });
  });

  it('forgets a point given coordinates inside a case when the case ends', () => {
    const proof = lines(
      '**Case 1.** Take \\(P = (1, 2)\\). Then \\(|P|^{2} = 5\\).',
      '',
      '**Case 2.** Here \\(|P|^{2} = 7\\).',
    );
    expect(verdictOf(proof, '|P|^{2} = 5').verdict).toBe('holds');
    expect(verdictOf(proof, '|P|^{2} = 7').verdict).toBe('skipped');
  });
});

describe('segments between points the text gave coordinates', () => {
  const proof = lines(
    '\\[ A=(0,0),\\qquad X=(d,0),\\qquad Y=(d\\cos\\alpha,\\;d\\sin\\alpha),\\qquad P=(3,4). \\]',
    'Hence \\(AX = d\\), \\(AX = AY\\), \\(AP = 5\\), \\(XP = 4\\), and the triangle \\(AXY = 1\\).',
  );

  it('reads a pair of points as the distance between them', () => {
    for (const text of ['AX = d', 'AX = AY', 'AP = 5'])
      expect(verdictOf(proof, text).verdict, text).toBe('holds');
    expect(verdictOf(proof, 'AX = AY')).toMatchObject({
      basis: 'holds with the coordinates of A (line 1), X (line 1), Y (line 1)',
    });
  });

  it('calls a wrong length between points with numbers false only when nothing is free', () => {
    expect(verdictOf(proof, 'AP = 5').verdict).toBe('holds');
    // X = (d, 0) is free: |P - X| = 4 for some d, not for others.
    expect(verdictOf(proof, 'XP = 4').verdict).toBe('skipped');
    expect(verdictOf(proof, 'AXY = 1').verdict).toBe('skipped');
  });
});

describe('segments inside fractions and bars', () => {
  it('reads "\\frac{AB}{2}" and "|O_{1}O_{2}|^{2}" with the points put in', () => {
    const proof = lines(
      '\\[ A=(a,0),\\qquad B=(b,0),\\qquad O_{1}=(1,2),\\qquad O_{2}=(4,6). \\]',
      'So \\(\\frac{AB}{2}= \\frac{|b-a|}{2}\\) and \\(|O_{1}O_{2}|^{2} = 25\\).',
    );
    expect(verdictOf(proof, '\\frac{AB}{2}= \\frac{|b-a|}{2}').verdict).toBe('holds');
    expect(verdictOf(proof, '|O_{1}O_{2}|^{2} = 25').verdict).toBe('holds');
  });
});

describe('numbers the text defined with points', () => {
  it('puts in "t = B·C/|C|^2" where a claim about points uses t', () => {
    const proof = lines(
      TRIANGLE,
      'Let \\(t=\\frac{B\\!\\cdot\\!C}{|C|^2}\\); then \\((B-tC)\\cdot C =0\\) and \\(tC=\\bigl(c\\cos^{2}\\alpha,\\;c\\cos\\alpha\\sin\\alpha\\bigr)\\).',
    );
    expect(verdictOf(proof, '(B-tC)\\cdot C =0').verdict).toBe('holds');
    expect(
      verdictOf(proof, 'tC=\\bigl(c\\cos^{2}\\alpha,\\;c\\cos\\alpha\\sin\\alpha\\bigr)').verdict,
    ).toBe('holds');
  });
});

describe('long chains of points stay cheap', () => {
  it('does not keep coordinates that grow with each point defined by two before it', () => {
    const chain = ['\\(P_{1}=(1,0)\\), \\(P_{2}=(0,1)\\)'];
    for (let i = 3; i <= 40; i++) chain.push(`\\(P_{${i}}=P_{${i - 1}}+P_{${i - 2}}\\)`);
    const proof = lines(`Let ${chain.join(', ')}.`, 'Then \\(P_{40}\\cdot P_{40} = 1\\).');
    const started = performance.now();
    expect(verdictOf(proof, 'P_{40}\\cdot P_{40} = 1').verdict).toBe('skipped');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('a segment squared', () => {
  it('reads "QB^2" as the square of the distance from Q to B', () => {
    const proof = lines(
      'Take \\(B=(0,-1)\\) and \\(Q = \\left( \\frac{1}{2}, -\\frac{1 + \\sqrt{2}}{2} \\right)\\).',
      'Then \\(QB^2 = 1 - \\frac{\\sqrt{2}}{2}\\), so \\(QB^2 = \\frac{8}{5}\\).',
    );
    expect(verdictOf(proof, 'QB^2 = 1 - \\frac{\\sqrt{2}}{2}').verdict).toBe('holds');
    expect(verdictOf(proof, 'QB^2 = \\frac{8}{5}')).toMatchObject({
      verdict: 'false',
      witness: expect.stringContaining('with the coordinates of B (line 1), Q (line 1)'),
    });
  });
});

describe('a vector named by its points', () => {
  it('leaves "\\overrightarrow{OX}" a vector where segments are read', () => {
    const proof = lines(
      '\\[ O=(1,2),\\qquad X=(4,6). \\]',
      'So \\(\\overrightarrow{OX}=X-O\\) and \\(OX^2 = 25\\).',
    );
    expect(verdictOf(proof, '\\overrightarrow{OX}=X-O').verdict).toBe('holds');
    expect(verdictOf(proof, 'OX^2 = 25').verdict).toBe('holds');
  });
});

describe('coordinates of points named by subscripts', () => {
  it('reads "E_x", "\\vec u_y" and "x_{Q}" as coordinates of points given them', () => {
    const proof = lines(
      '\\[ E=(1,2),\\qquad F=(3,5),\\qquad Q=(a,b). \\]',
      'Let \\(\\vec u = F-E\\). Then \\(E_x+F_x = 4\\), \\(\\vec u_y = 3\\) and \\(x_{Q}+y_{Q} = a+b\\).',
    );
    for (const text of ['E_x+F_x = 4', '\\vec u_y = 3', 'x_{Q}+y_{Q} = a+b'])
      expect(verdictOf(proof, text).verdict, text).toBe('holds');
  });

  it('does not confirm a written coordinate read back, or a symbol defined with points', () => {
    const proof = lines(
      '\\[ E=(h+t\\,p,\\; k+t\\,q),\\qquad B=(h,-k). \\]',
      'Substituting \\(x_E = h + t\\,p\\) and \\(y_E = k + t\\,q\\), the slope is \\(\\beta = (h - x_E)/(k + y_E)\\),',
      'where \\((h - x_E)/(k + y_E) = \\beta\\).',
    );
    for (const text of ['x_E = h + t\\,p', 'y_E = k + t\\,q', '(h - x_E)/(k + y_E) = \\beta'])
      expect(verdictOf(proof, text).verdict, text).toBe('skipped');
  });
});
