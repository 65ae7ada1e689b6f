import { describe, expect, it } from 'vitest';
import { buildOutline, referenceProblems, statementLines } from './outline';

const rows = (text: string) =>
  buildOutline(text).nodes.map(
    (n) => `${n.kind}|${n.label}|${n.startLine}-${n.endLine}|${n.parentId ?? ''}`,
  );

describe('node kinds and label styles', () => {
  it('reads Markdown headings as nested sections, numbered or not', () => {
    const text = '## Solution\n\n### 1. Setup\ntext\n#### 1.1 Detail\nmore\n### 2. End\nfin';
    expect(rows(text)).toEqual([
      'section||1-8|',
      'section|1|3-6|section-solution',
      'section|1.1|5-6|section-1',
      'section|2|7-8|section-solution',
    ]);
  });

  it('reads bold, italic, heading and plain labels of every kind', () => {
    const text = [
      '**Lemma 1.** Every x is fine.', // 1 bold
      '*Proof.* Clear. ∎', // 2
      '*Claim 2:* the sum is even.', // 3 italic
      'Proposition 3. A plain-line label.', // 4 plain
      '#### Observation 4 (parity)', // 5 heading
      'Step 3 – reduce.', // 6 plain step
      'Case 2(a): small n.', // 7 plain case with sub-label
      '**Theorem 5.** Main.', // 8 theorem is a proposition
    ].join('\n');
    const outline = buildOutline(text);
    expect(outline.nodes.map((n) => [n.kind, n.label, n.title])).toEqual([
      ['lemma', 'Lemma 1', 'Every x is fine'],
      ['proof', 'Proof', ''],
      ['claim', 'Claim 2', 'the sum is even'],
      ['proposition', 'Proposition 3', 'A plain-line label'],
      ['observation', 'Observation 4', 'parity'],
      ['step', 'Step 3', 'reduce'],
      ['case', 'Case 2(a)', 'small n'],
      ['proposition', 'Theorem 5', 'Main'],
    ]);
  });

  it("keeps a title's formulas whole for the outline to typeset, and stops before one that runs on", () => {
    const text = [
      '**Lemma 1.** If \\(s = 1\\), then $\\frac{a}{b+c} \\ge 1$.',
      '**Lemma 2.** Then \\(a + b',
      '  = c\\) holds.',
      `**Lemma 3.** ${'word '.repeat(14)}\\(x^2 + y^2 = z^2\\) and more.`,
    ].join('\n');
    expect(buildOutline(text).nodes.map((n) => n.title)).toEqual([
      'If \\(s = 1\\), then $\\frac{a}{b+c} \\ge 1$',
      'Then…',
      `${'word '.repeat(14).trim()}…`,
    ]);
  });

  it('nests subcases under their case and makes the next case a sibling', () => {
    const text = [
      '**Case 1.** a',
      '- **Subcase 1.1:** b',
      '- **Subcase 1.2:** c',
      '**Case 2.** d',
    ].join('\n');
    expect(rows(text)).toEqual([
      'case|Case 1|1-3|',
      'case|Subcase 1.1|2-2|case-1',
      'case|Subcase 1.2|3-3|case-1',
      'case|Case 2|4-4|',
    ]);
  });

  it('puts a base case and the inductive step side by side, steps inside the step', () => {
    const text = '**Base case.** n=1.\n\n**Inductive step.** Assume.\n**Step 1.** a\n**Step 2.** b';
    expect(rows(text)).toEqual([
      'case|Base case|1-1|',
      'step|Inductive step|3-5|',
      'step|Step 1|4-4|inductive-step',
      'step|Step 2|5-5|inductive-step',
    ]);
  });

  it('separates a lemma statement from its proof, and ends both at ∎', () => {
    const text = [
      '**Lemma 1.** For all n,', // 1
      '\\[ n \\ge 0. \\]', // 2
      '', // 3
      '*Proof.* Induction. \\(\\blacksquare\\)', // 4
      'After the lemma.', // 5
    ].join('\n');
    const outline = buildOutline(text);
    expect(rows(text)).toEqual(['lemma|Lemma 1|1-4|', 'proof|Proof|4-4|lemma-1']);
    expect(statementLines(outline, 'lemma-1')).toEqual({ startLine: 1, endLine: 3 });
  });

  it('keeps a free-standing "Proof of Lemma 1" apart from the lemma and links it', () => {
    const text = 'Lemma 1. Statement.\n\nLemma 2. Other.\n\nProof of Lemma 1. Done.';
    expect(rows(text)).toEqual([
      'lemma|Lemma 1|1-1|',
      'lemma|Lemma 2|3-3|',
      'proof|Proof of Lemma 1|5-5|',
    ]);
  });

  it('finds equation labels: \\tag{…} and (3) at the end of a display row', () => {
    const text = [
      'We have', // 1
      '\\[', // 2
      'a = b \\tag{1}', // 3
      '\\]', // 4
      '$$x+y = 2 \\qquad (2)$$', // 5
      '\\begin{aligned}', // 6
      'p &= q \\tag{A}\\\\', // 7
      'r &= s \\qquad (3)', // 8
      '\\end{aligned}', // 9
      'and f(1) is not a label.', // 10
    ].join('\n');
    expect(buildOutline(text).nodes.map((n) => `${n.label}@${n.startLine}`)).toEqual([
      '(1)@3',
      '(2)@5',
      '(A)@7',
      '(3)@8',
    ]);
  });

  it('never reads a label inside math or code', () => {
    const text = [
      '```',
      '**Lemma 9.** in a code block',
      '```',
      '\\[',
      'Case 1: x \\text{Lemma 2.}',
      '\\]',
      '`Step 4.` inline code',
    ].join('\n');
    expect(buildOutline(text).nodes).toEqual([]);
  });
});

describe('references', () => {
  const text = [
    '**Lemma 1.** A.', // 1
    '*Proof.* By Lemma 2 and (2). ∎', // 2
    '**Lemma 2.** B, so', // 3
    '\\[ x = y \\tag{2} \\]', // 4
    '**Claim 3.** From Lemmas 1 and 2, and by Lemma 4, and from (7).', // 5
    '**Case 1.** a', // 6
    '**Case 2.** As in Case 1.', // 7
    '**Lemma 2.** Defined again.', // 8
  ].join('\n');

  it('turns citations into edges from the citing node', () => {
    const edges = buildOutline(text).edges.map((e) => `${e.from}>${e.to}@${e.line}`);
    expect(edges).toEqual([
      'lemma-1-proof>lemma-2@2',
      'lemma-1-proof>eq-2@2',
      'claim-3>lemma-1@5',
      'claim-3>lemma-2@5',
      'case-2>case-1@7',
    ]);
  });

  it('reports dangling, forward and duplicate labels with 1-based lines', () => {
    expect(referenceProblems(text)).toEqual({
      dangling: [
        { label: 'Lemma 4', line: 5 },
        { label: '(7)', line: 5 },
      ],
      forward: [{ label: 'Lemma 2', line: 2, nodeId: 'lemma-2' }],
      duplicates: [{ label: 'Lemma 2', line: 8, firstLine: 3 }],
    });
  });

  it('counts "Case 1" twice in two proofs as two labels, not a duplicate', () => {
    const twice =
      '**Lemma 1.** a\n*Proof.*\n**Case 1.** x\n**Lemma 2.** b\n*Proof.*\n**Case 1.** y';
    expect(referenceProblems(twice).duplicates).toEqual([]);
  });

  it('does not count a list item "(1) …" or an interval as a citation', () => {
    const list = '(1) first option\n(2) second option\nfor x in (0,1) we are done.';
    expect(referenceProblems(list).dangling).toEqual([]);
  });
});
