import { describe, expect, it } from 'vitest';
import { DefinedContext } from './defined-symbols';
import { FunctionalEquations } from './instance-of';
import { parseTex } from './katex-tree';
import { runChecker } from './run-checker';
import { remember, specialised } from './specialised-equation';
import { toExpr } from './to-expr';
import { verdictOf } from './verdict-of';

/** A functional-equation proof's opening: the equation for all x, y, then two substitutions. */
const OPENING = [
  'Let \\(P(x,y)\\) denote \\[ f(2x)+2f(y)=f\\bigl(f(x+y)\\bigr)\\qquad(\\forall x,y\\in\\mathbb Z). \\]',
  'Put \\(y=0\\) in \\(P(x,y)\\): \\[ f(2x)+2f(0)=f\\bigl(f(x)\\bigr)\\tag{1} \\]',
  'Put \\(x=0\\) in \\(P(x,y)\\): \\[ f(0)+2f(y)=f\\bigl(f(y)\\bigr)\\tag{2} \\]',
].join('\n');

describe('specialising an equation about an unknown function', () => {
  it('confirms a substitution into the equation stated for all x, y, and names it', () => {
    const one = verdictOf(OPENING, 'f(2x)+2f(0)=f\\bigl(f(x)\\bigr)');
    expect(one).toMatchObject({
      verdict: 'holds',
      line: 2,
      basis: 'follows from line 1 with y = 0',
    });
    // "put y = 0" was for the step after it: the next step is about every y again.
    const two = verdictOf(OPENING, 'f(0)+2f(y)=f\\bigl(f(y)\\bigr)');
    expect(two).toMatchObject({ verdict: 'holds', basis: 'follows from line 1 with x = 0' });
  });

  it('goes on from what it confirmed, with the constants the text named put in', () => {
    const proof = `${OPENING}\nDenote \\(c=f(0)\\). For any \\(t\\): \\(f(2t)+2c=f\\bigl(f(t)\\bigr)\\), and \\(c+2f(t)=f\\bigl(f(t)\\bigr)\\).`;
    expect(verdictOf(proof, 'f(2t)+2c=f\\bigl(f(t)\\bigr)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 2 with x = t',
    });
    expect(verdictOf(proof, 'c+2f(t)=f\\bigl(f(t)\\bigr)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 3 with y = t',
    });
  });

  it('leaves a wrong substitution skipped, never false: the step may use other facts', () => {
    const wrong = OPENING.replace('f(2x)+2f(0)=f', 'f(2x)+3f(0)=f');
    const rel = verdictOf(wrong, 'f(2x)+3f(0)=f\\bigl(f(x)\\bigr)');
    expect(rel.verdict).toBe('skipped');
    expect(rel.reason).toBe('depends on what the text knows about f');
    expect(runChecker(wrong).findings).toEqual([]);
  });

  it('puts values only in the letters an equation is stated for', () => {
    // No "for all": "f(x) = d - x" may hold for one x only.
    const once = 'Then \\(f(x)=d-x\\).\nSo \\(f(0)=d\\).';
    expect(verdictOf(once, 'f(0)=d').verdict).toBe('skipped');
    // For every x, but d is a constant: "f(x) = 0" does not follow by putting x in for d.
    const constant = 'We have \\(f(x)=d-x\\) for every \\(x\\).\nHence \\(f(x)=0\\).';
    expect(verdictOf(constant, 'f(x)=0').verdict).toBe('skipped');
    expect(verdictOf(constant.replace('f(x)=0', 'f(1)=d-1'), 'f(1)=d-1')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 1 with x = 1',
    });
    // Terms of a sequence are linked: they are not letters to give values one by one.
    const sequence = 'For all \\(n\\), \\(a_{n+1}=g(a_{n})\\).\nSo \\(g(0)=0\\).';
    expect(verdictOf(sequence, 'g(0)=0').verdict).toBe('skipped');
  });

  it('reads "for all" only where it quantifies the equation, and never a letter being named', () => {
    // The quantifier belongs to the sentence before; "v = v_2(n)" names v for this n.
    const named =
      'For any \\(f\\), \\(v_2(f(n)) \\le v_2(n) + 2\\).\n\nLet \\(v = v_2(n)\\). Then \\(v_2(m) = v\\).';
    expect(verdictOf(named, 'v_2(m) = v').verdict).toBe('skipped');
    // "Put b = a + f(a)" right after a display "for all a": b is named, not quantified.
    const put = '\\[ f(a+f(a))=0\\qquad\\forall a \\]\nPut \\(b=a+f(a)\\). Then \\(a+f(b)=a\\).';
    expect(verdictOf(put, 'a+f(b)=a').verdict).toBe('skipped');
    expect(verdictOf(put.replace('a+f(b)=a', 'f(1+f(1))=0'), 'f(1+f(1))=0')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 1 with a = 1',
    });
  });

  it('keeps a hypothesis inside its argument: what is supposed for all x is not a fact after', () => {
    const proof =
      'Suppose for contradiction that \\(f(x)=0\\) for all \\(x\\neq0\\). This is impossible.\nSo \\(f(d)=0\\).';
    expect(verdictOf(proof, 'f(d)=0').verdict).toBe('skipped');
  });

  it('takes no goal and no refuted assumption for an equation stated for all x', () => {
    // PB-Basic-003 confirmed "f(0) = d" and "f(a_0) = d - a_0" from its own goal.
    const goal = 'We shall prove that \\(f(x)=d-x\\) for every \\(x\\).\nSo \\(f(0)=d\\).';
    expect(verdictOf(goal, 'f(0)=d').verdict).toBe('skipped');
    // …and "f(b) = 0" from the assumption it had just refuted.
    const refuted =
      'Hence the assumption “\\(f(x)=0\\) for all \\(x\\)” cannot hold.\nLet \\(b\\) be a zero: \\(f(b)=0\\).';
    expect(verdictOf(refuted, 'f(b)=0').verdict).toBe('skipped');
    // "… once we know g(0) = 0": a fact to come, not one to use yet.
    const once =
      'It satisfies \\(h(0)=0\\) once we know \\(g(0)=0\\).\nPut \\(x=0\\): \\(g(g(0))=g(0)+20\\cdot0\\).';
    expect(verdictOf(once, 'g(g(0))=g(0)+20\\cdot0').verdict).toBe('skipped');
  });

  it('tells a function apart from another: an equation about g says nothing about f', () => {
    const proof = 'For all \\(x\\): \\(g(x+1)=g(x)\\).\nSo \\(f(1)=f(0)\\).';
    expect(verdictOf(proof, 'f(1)=f(0)').verdict).toBe('skipped');
    expect(verdictOf(proof.replace('f(1)=f(0)', 'g(1)=g(0)'), 'g(1)=g(0)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 1 with x = 0',
    });
  });
});

describe('specialised, asked directly', () => {
  const read = (tex: string) => toExpr(parseTex(tex, false));
  const setUp = () => {
    const equations = new FunctionalEquations();
    const context = new DefinedContext();
    remember(equations, [], read('f(x+y)'), read('f(x)+f(y)'), context, 1, { stated: true });
    return { equations, context };
  };

  it('finds an instance a constant brings the function into ("c = f(0)": c = c + c)', () => {
    const { equations, context } = setUp();
    context.definitions.set('c', read('f(0)'));
    const found = specialised(read('c'), read('c+c'), equations, [], context, 'c = c+c');
    expect(found).toMatchObject({
      verdict: 'holds',
      basis: 'follows from line 1 with x = 0, y = 0',
    });
  });

  it('finds none with no equation about the claim’s functions, or with none at all', () => {
    const { equations, context } = setUp();
    expect(specialised(read('g(0)'), read('g(0)+g(0)'), equations, [], context, 'g')).toBeNull();
    const none = new FunctionalEquations();
    expect(specialised(read('f(0)'), read('f(0)+f(0)'), none, [], context, 'f')).toBeNull();
    expect(specialised(read('f(0)'), read('f(0)+f(0)'), equations, [], context, 'f')).toMatchObject(
      { verdict: 'holds' },
    );
  });
});
