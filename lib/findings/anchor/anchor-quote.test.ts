import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas/findings';
import { anchorFindings, anchorQuote, prepareProof } from './index';

const text = (proof: string, anchor: Anchor | null) =>
  anchor ? proof.slice(anchor.startOffset, anchor.endOffset) : null;

const anchor = (
  proof: string,
  quote: string,
  lines: { start: number; end: number } | null = null,
) => anchorQuote(prepareProof(proof), { quote, lines });

describe('anchorQuote: exact after normalisation', () => {
  it('ignores line breaks and spacing inside the quote', () => {
    const proof = 'Intro.\nWe have a+b = c for all\nreal   numbers x and y.\nDone.';
    const a = anchor(proof, 'a + b = c for all real numbers x');
    expect(a).toMatchObject({ confidence: 'exact', similarity: 1, startLine: 2, endLine: 3 });
    expect(text(proof, a)).toBe('a+b = c for all\nreal   numbers x');
  });

  it('reads \\(x^2\\geq 0\\) as $x^2 \\ge 0$', () => {
    const proof = 'First line.\nSince $x^2 \\ge 0$ for every real $x$, we are done.';
    const a = anchor(proof, 'Since \\(x^2\\geq 0\\) for every real \\(x\\)');
    expect(a?.confidence).toBe('exact');
    expect(a?.startLine).toBe(2);
    expect(text(proof, a)).toBe('Since $x^2 \\ge 0$ for every real $x$');
  });

  it('reads ≤ and ∈ as \\le and \\in', () => {
    const proof = 'For all $x \\in S$ we have $f(x) \\le 1$.';
    const a = anchor(proof, 'for all x ∈ S we have f(x) ≤ 1');
    expect(a?.confidence).toBe('exact');
    expect(text(proof, a)).toBe('For all $x \\in S$ we have $f(x) \\le 1$');
  });

  it('strips junk around the quote: labels, curly quotes, leaked line prefixes', () => {
    const proof = 'Line one.\nHence the sum is even.\nSo $n$ is odd.\nEnd.';
    for (const quote of [
      '**Location:** "Hence the sum is even."',
      '“Hence the sum is even.”',
      'L2| Hence the sum is even.\nL003|So $n$ is odd.',
      'L02|Hence the sum is even.',
    ]) {
      const a = anchor(proof, quote);
      expect(a?.confidence, quote).toBe('exact');
      expect(text(proof, a), quote).toMatch(/^Hence the sum is even\./);
    }
  });
});

describe('anchorQuote: elisions', () => {
  const filler = 'We now check each case carefully and collect the bounds. '.repeat(6);
  const proof = `Let the lines be $L_1, \\ldots, L_m$ in order.\n${filler}\nThen every point is covered by some line.`;

  it('keeps a genuine \\ldots as content', () => {
    const a = anchor(proof, 'L_1, \\ldots, L_m');
    expect(a?.confidence).toBe('exact');
    expect(text(proof, a)).toBe('L_1, \\ldots, L_m');
    expect(anchor(proof, 'lines be L_1, …, L_m in order')?.confidence).toBe('exact');
  });

  it('anchors an elided quote by its pieces, in order, spanning all of them', () => {
    const a = anchor(proof, '"Let the lines be ... every point is covered by some line."');
    expect(a?.confidence).toBe('confident');
    expect(a?.startLine).toBe(1);
    expect(a?.endLine).toBe(3);
    expect(text(proof, a)).toMatch(/^Let the lines be[\s\S]*covered by some line\.$/);
  });

  it('anchors an elided quote whose pieces are slightly misquoted', () => {
    const a = anchor(
      proof,
      'Let the lines be L_1,...,L_m in ordr. [...] Then each point is covered by some line.',
    );
    expect(['confident', 'approximate']).toContain(a?.confidence);
    expect(a?.startLine).toBe(1);
    expect(a?.endLine).toBe(3);
  });

  it('starts an elided quote at the last of its repeated first words, not pages earlier', () => {
    const steps = Array.from(
      { length: 8 },
      (_, k) => `Step ${k}: hence not by six, as computed for case ${k}.`,
    );
    const long = [...steps, 'There are no cycles of length two or more at all.'].join('\n');
    // `so` for `hence`: the first piece has no verbatim place, and fits every step alike.
    const a = anchor(long, 'so not by six, as computed ... no cycles of length two or more');
    expect(a?.confidence).toBe('confident');
    expect(a).toMatchObject({ startLine: 8, endLine: 9 });
  });
});

describe('anchorQuote: several occurrences', () => {
  const proof = [
    'Case 1: $n = 1$.',
    'Then so the claim holds for this n, clearly.',
    'Case 2: $n = 2$.',
    'Take $k = 2$ here.',
    'Then so the claim holds for this n, clearly.',
    'Case 3: $n = 3$.',
    'Again $k = 2$ works, and $k = 2$ is minimal.',
    'Then so the claim holds for this n, clearly.',
  ].join('\n');
  const phrase = 'so the claim holds for this n';

  it('uses the cited lines to choose among three identical phrases', () => {
    for (const line of [2, 5, 8]) {
      const a = anchor(proof, phrase, { start: line, end: line });
      expect(a).toMatchObject({ confidence: 'exact', startLine: line, endLine: line });
    }
    // Cited lines near (not on) an occurrence still pick the nearest one.
    expect(anchor(proof, phrase, { start: 6, end: 7 })?.startLine).toBe(8);
  });

  it('marks a long phrase found at several places, with nothing to choose, a guess', () => {
    // The text is certain, the place is not: never confidently on what may be wrong lines.
    expect(anchor(proof, phrase)).toMatchObject({
      confidence: 'approximate',
      similarity: 1,
      startLine: 2,
    });
  });

  it('lets the issue text choose among places the cited lines cannot tell apart', () => {
    const filler = 'We check the remaining conditions one at a time and record each bound. ';
    const long = [
      filler.repeat(4),
      'By the parity argument, $n$ is even.',
      'Then so the claim holds for this n, clearly.',
      filler.repeat(4),
      'By the pigeonhole count, $n$ is odd.',
      'Then so the claim holds for this n, clearly.',
    ].join('\n');
    const about = (context: string) =>
      anchorQuote(prepareProof(long), { quote: phrase, lines: null, context });
    expect(about('After the pigeonhole count, this is asserted without proof.')).toMatchObject({
      confidence: 'exact',
      startLine: 6,
    });
    expect(about('The parity argument does not give this.')).toMatchObject({
      confidence: 'exact',
      startLine: 3,
    });
    expect(about('This is asserted without proof.')?.confidence).toBe('approximate');
  });

  it('places a short frequent quote like `k = 2` by its cited lines', () => {
    const a = anchor(proof, 'k = 2', { start: 7, end: 7 });
    expect(a).toMatchObject({ confidence: 'exact', startLine: 7 });
    expect(text(proof, a)).toBe('k = 2');
  });

  it('marks a short frequent quote without cited lines as a guess (approximate)', () => {
    const a = anchor(proof, '$k = 2$');
    expect(a).toMatchObject({ confidence: 'approximate', similarity: 1, startLine: 4 });
  });

  it('keeps a short quote that occurs once exact', () => {
    expect(anchor(proof, 'Case 3')).toMatchObject({ confidence: 'exact', startLine: 6 });
  });
});

describe('anchorQuote: quotes that are not in the proof', () => {
  const proof = [
    'Let $a_n$ be the sequence defined by $a_1 = 1$ and $a_{n+1} = 2a_n + 1$.',
    'By induction, $a_n = 2^n - 1$ for every $n \\ge 1$.',
    'Therefore the sequence $b_n$ is bounded above by $2$.',
    'Hence every term of the sequence is odd.',
  ].join('\n');
  const hallucinated =
    'Therefore the sequence $a_n$ is eventually periodic with period $3$ modulo $7$.';

  it('becomes an orphan on the cited lines, never a look-alike line', () => {
    const a = anchor(proof, hallucinated, { start: 2, end: 3 });
    expect(a).toMatchObject({ confidence: 'orphan', startLine: 2, endLine: 3 });
    expect(a?.similarity).toBeLessThan(0.8);
    expect(text(proof, a)).toBe(proof.split('\n').slice(1, 3).join('\n'));
  });

  it('is a whole-proof comment (null) without cited lines', () => {
    expect(anchor(proof, hallucinated)).toBeNull();
    expect(anchor(proof, 'The entire solution, particularly the missing base case.')).toBeNull();
  });

  it('clamps cited lines past the end of the proof', () => {
    expect(anchor(proof, hallucinated, { start: 9, end: 12 })).toMatchObject({
      confidence: 'orphan',
      startLine: 4,
      endLine: 4,
    });
  });

  it('returns null for an empty quote without lines', () => {
    expect(anchor(proof, '   ')).toBeNull();
  });
});

describe('anchorQuote: fuzzy matches', () => {
  const proof =
    'Suppose, for contradiction, that the polynomial $P$ has a real root $r$ with $|r| > 1$.\nThen $|P(r)| \\ge |r|^n - \\sum_{k<n} |a_k| |r|^k > 0$, a contradiction.';

  it('is confident for a lightly misquoted long quote', () => {
    const a = anchor(
      proof,
      'Suppose for a contradiction that the polynomial P has real root r with |r|>1',
    );
    expect(a?.confidence).toBe('confident');
    expect(a?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(a?.startLine).toBe(1);
  });

  it('prefers the misquoted passage nearest the cited lines', () => {
    const para = 'By the triangle inequality the distance $|PQ|$ is at most $|PA| + |AQ|$.';
    const lines = [para, 'Some other text in between.', 'More text.', para, 'End.'].join('\n');
    const misquote = 'By the triangle inequality, the distance PQ is at most PA + AQ';
    expect(anchor(lines, misquote, { start: 4, end: 4 })).toMatchObject({
      confidence: 'confident',
      startLine: 4,
    });
    expect(anchor(lines, misquote, { start: 1, end: 1 })).toMatchObject({
      confidence: 'confident',
      startLine: 1,
    });
  });

  it('anchors a very long misquoted passage (head and tail located, whole checked)', () => {
    const sentence = (i: number) =>
      `Step ${i}: we bound the term $t_${i}$ by $2^{${i}}$ using the lemma. `;
    const body = Array.from({ length: 40 }, (_, i) => sentence(i)).join('');
    const proof = `Intro line.\n${body}\nConclusion.`;
    const long = body.slice(300, 1500).replace(/using/g, 'by').replace(/\$/g, '');
    const a = anchor(proof, long);
    expect(a?.confidence).toBe('confident');
    expect(a?.startOffset).toBeGreaterThan(proof.indexOf(body) + 280);
    expect(a?.endOffset).toBeLessThan(proof.indexOf(body) + 1520);
  });

  it('needs similarity 0.9 for quotes under 40 chars', () => {
    expect(anchor(proof, 'a real root r with |r| > 2')?.confidence).toBe('confident');
    expect(anchor(proof, 'an imaginary root s, |s| < 1')).toBeNull();
  });
});

describe('offsets are UTF-16 offsets into the original string', () => {
  it('handles CRLF line ends and characters outside the BMP', () => {
    const proof =
      'Let $p$ be prime.\r\nOver 𝔽_p the polynomial $x^p - x$ splits.\r\nIt has $p$ roots in 𝔽_p.\r\n';
    const a = anchor(proof, 'Over 𝔽_p the polynomial x^p - x splits.');
    expect(a).toMatchObject({ confidence: 'exact', startLine: 2, endLine: 2 });
    expect(text(proof, a)).toBe('Over 𝔽_p the polynomial $x^p - x$ splits.');

    const across = anchor(proof, 'splits. It has p roots in 𝔽_p');
    expect(across).toMatchObject({ confidence: 'exact', startLine: 2, endLine: 3 });
    expect(text(proof, across)).toBe('splits.\r\nIt has $p$ roots in 𝔽_p');

    const orphan = anchor(proof, 'nothing like this is written anywhere here', {
      start: 2,
      end: 2,
    });
    expect(text(proof, orphan)).toBe('Over 𝔽_p the polynomial $x^p - x$ splits.');
  });

  it('never splits a surrogate pair', () => {
    const proof = '𝔽𝔽𝔽 and then 𝔾 is a field over 𝔽';
    const a = anchor(proof, 'then 𝔾 is a field over 𝔽');
    expect(text(proof, a)).toBe('then 𝔾 is a field over 𝔽');
  });
});

describe('anchorFindings', () => {
  it('anchors many findings against one prepared proof', () => {
    const proof = 'Alpha line here.\nBeta line here.\nGamma line here.';
    const anchors = anchorFindings(proof, [
      { quote: 'Beta line here.', lines: null },
      { quote: 'Gamma line', lines: { start: 3, end: 3 } },
      { quote: 'Delta is absent from this proof', lines: null },
    ]);
    expect(anchors.map((a) => a?.startLine ?? null)).toEqual([2, 3, null]);
  });
});
