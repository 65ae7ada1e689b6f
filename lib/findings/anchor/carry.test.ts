import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas/findings';
import { anchorContext, anchorQuote, carryAnchor, prepareProof } from './index';

const oldProof = [
  'We prove the claim by induction on $n$.',
  'Base case: for $n = 1$ both sides equal $1$.',
  'Inductive step: assume $S_n = n^2$; then $S_{n+1} = n^2 + 2n + 1 = (n+1)^2$.',
  'This completes the induction.',
].join('\n');
const quote = 'then $S_{n+1} = n^2 + 2n + 1 = (n+1)^2$';

function carried(newProof: string) {
  const anchor = anchorQuote(prepareProof(oldProof), {
    quote,
    lines: { start: 3, end: 3 },
  }) as Anchor;
  const ctx = anchorContext(oldProof, anchor, quote);
  return { ctx, ...carryAnchor(oldProof, newProof, ctx, { start: 3, end: 3 }) };
}

const slice = (proof: string, a: Anchor | null) =>
  a ? proof.slice(a.startOffset, a.endOffset) : null;

describe('anchorContext', () => {
  it('keeps the anchored text verbatim with 32 chars around it', () => {
    const { ctx } = carried(oldProof);
    expect(ctx.quote).toBe(quote);
    expect(ctx.prefix).toBe(oldProof.slice(ctx.startOffset - 32, ctx.startOffset));
    expect(ctx.suffix).toBe(oldProof.slice(ctx.endOffset, ctx.endOffset + 32));
  });

  it('keeps the verifier quote for an orphan', () => {
    const orphan: Anchor = {
      startLine: 2,
      endLine: 2,
      startOffset: 40,
      endOffset: 84,
      confidence: 'orphan',
      similarity: 0,
    };
    expect(anchorContext(oldProof, orphan, 'not in the proof').quote).toBe('not in the proof');
  });
});

describe('carryAnchor', () => {
  it('is current when the proof did not change', () => {
    const { anchor, status, ctx } = carried(oldProof);
    expect(status).toBe('current');
    expect(anchor).toMatchObject({
      startOffset: ctx.startOffset,
      endOffset: ctx.endOffset,
      startLine: 3,
    });
  });

  it('is current when only text after it changed', () => {
    const { status } = carried(`${oldProof}\nA remark added at the end.`);
    expect(status).toBe('current');
  });

  it('moves with lines inserted above', () => {
    const lines = oldProof.split('\n');
    const newProof = [lines[0], 'A new first remark.', 'And a second one.', ...lines.slice(1)].join(
      '\n',
    );
    const { anchor, status } = carried(newProof);
    expect(status).toBe('moved');
    expect(anchor).toMatchObject({ confidence: 'exact', startLine: 5, endLine: 5 });
    expect(slice(newProof, anchor)).toBe(quote);
  });

  it('moves when its own line was rewritten around it but the text survives', () => {
    const newProof = oldProof.replace('Inductive step: assume', 'Step. Suppose');
    const { anchor, status } = carried(newProof);
    expect(status).toBe('moved');
    expect(slice(newProof, anchor)).toBe(quote);
  });

  it('follows a paragraph moved elsewhere, preferring the copy with the same surroundings', () => {
    const lines = oldProof.split('\n');
    const newProof = [lines[2], lines[0], lines[1], lines[3], `Note: ${quote}.`].join('\n');
    const { anchor, status } = carried(newProof);
    expect(status).toBe('moved');
    expect(anchor?.startLine).toBe(1);
  });

  it('an edit inside the text that keeps it recognisable: moved, confident (i.e. modified)', () => {
    const newProof = oldProof.replace('n^2 + 2n + 1', 'n^2+2n+1 ');
    const edited = oldProof.replace('n^2 + 2n + 1', 'n^2 + 2n + 0 + 1');
    expect(carried(newProof).status).toBe('moved'); // spacing only: still exact after normalisation
    const { anchor, status } = carried(edited);
    expect(status).toBe('moved');
    expect(anchor?.confidence).toBe('confident');
    expect(anchor?.startLine).toBe(3);
  });

  it('is outdated when the text was rewritten', () => {
    const newProof = oldProof.replace(
      quote,
      'so the sum of the first $n+1$ odd numbers is a square',
    );
    const { anchor, status } = carried(newProof);
    expect(status).toBe('outdated');
    expect(anchor).toMatchObject({ confidence: 'orphan', startLine: 3 });
  });

  it('is outdated when the text was deleted', () => {
    const newProof = oldProof
      .split('\n')
      .filter((l) => !l.startsWith('Inductive'))
      .join('\n');
    const { anchor, status } = carried(newProof);
    expect(status).toBe('outdated');
    expect(anchor?.confidence).toBe('orphan');
  });

  it('handles CRLF and astral characters', () => {
    const old = 'Over 𝔽_p we argue.\r\nThe map $x \\mapsto x^p$ is a bijection on 𝔽_p.\r\nDone.';
    const a = anchorQuote(prepareProof(old), {
      quote: 'x \\mapsto x^p is a bijection on 𝔽_p',
      lines: null,
    });
    const ctx = anchorContext(old, a as Anchor, '');
    const next = `Preface 𝔽.\r\n${old}`;
    const out = carryAnchor(old, next, ctx, null);
    expect(out.status).toBe('moved');
    expect(slice(next, out.anchor)).toBe('$x \\mapsto x^p$ is a bijection on 𝔽_p');
    expect(out.anchor?.startLine).toBe(3);
  });
});

describe('carryAnchor: short texts', () => {
  const old = 'First we set $k = 2$ and check.\nLater the case $k = 2$ appears again.\nEnd.';
  const at = old.indexOf('k = 2');
  const anchor: Anchor = {
    startLine: 1,
    endLine: 1,
    startOffset: at,
    endOffset: at + 5,
    confidence: 'exact',
    similarity: 1,
  };
  const ctx = anchorContext(old, anchor, 'k = 2');

  it('does not jump to another occurrence when its own was deleted', () => {
    const next = old.replace('First we set $k = 2$ and check.', 'First we check.');
    expect(carryAnchor(old, next, ctx, null).status).toBe('outdated');
  });

  it('follows it when its surroundings moved with it', () => {
    const next = `Preface.\n\n${old}`;
    const out = carryAnchor(old, next, ctx, null);
    expect(out.status).toBe('moved');
    expect(out.anchor?.startLine).toBe(3);
  });
});
