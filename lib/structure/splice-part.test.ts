import { describe, expect, it } from 'vitest';
import { MOCK_STRUCTURED_PROOF } from '@/scripts/mock-model/structured-proof';
import { buildOutline } from './outline';
import {
  REPLACEMENT_BEGIN,
  REPLACEMENT_END,
  readReplacement,
  replacementSoFar,
  splicePart,
} from './splice-part';

const NEW = '**Lemma 2.** A new statement.\n\n*Proof.* A new proof,\nover two lines. ∎';

describe('splicing a rewritten part into the proof', () => {
  it.each(buildOutline(MOCK_STRUCTURED_PROOF).nodes.map((n) => [n.id, n] as const))(
    'every line outside %s is byte-identical, and the part is the replacement',
    (_id, node) => {
      for (const proof of [MOCK_STRUCTURED_PROOF, MOCK_STRUCTURED_PROOF.replace(/\n/g, '\r\n')]) {
        const eol = proof.includes('\r\n') ? '\r\n' : '\n';
        const before = proof.split(eol);
        const out = splicePart(proof, node, NEW);
        const after = out.proof.split(eol);
        expect(after.slice(0, node.startLine - 1)).toEqual(before.slice(0, node.startLine - 1));
        expect(after.slice(out.endLine)).toEqual(before.slice(node.endLine));
        expect(after.slice(out.startLine - 1, out.endLine).join('\n')).toBe(NEW);
        // Byte for byte, not only line by line.
        const head = before.slice(0, node.startLine - 1).join(eol);
        const tail = before.slice(node.endLine).join(eol);
        expect(out.proof.startsWith(head)).toBe(true);
        expect(out.proof.endsWith(tail)).toBe(true);
      }
    },
  );

  it('refuses lines the proof does not have', () => {
    expect(() => splicePart('a\nb', { startLine: 2, endLine: 3 }, 'x')).toThrow(RangeError);
  });
});

describe('reading the replacement out of the answer', () => {
  it('takes the text between the markers', () => {
    const answer = `Here is the fix.\n\n${REPLACEMENT_BEGIN}\n${NEW}\n${REPLACEMENT_END}\nDone.`;
    expect(readReplacement(answer)).toEqual({ ok: true, text: NEW });
  });

  it.each([
    ['no markers at all', 'I rewrote it: **Lemma 2.** …', /no "=== BEGIN/],
    ['a cut-off answer', `${REPLACEMENT_BEGIN}\n${NEW}`, /cut off/],
    ['an empty replacement', `${REPLACEMENT_BEGIN}\n\n${REPLACEMENT_END}`, /empty/],
    [
      'two replacements',
      `${REPLACEMENT_BEGIN}\na\n${REPLACEMENT_END}\n${REPLACEMENT_BEGIN}\nb\n${REPLACEMENT_END}`,
      /more than one/,
    ],
  ])('is unspliceable with a reason for %s', (_name, answer, reason) => {
    const r = readReplacement(answer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('the replacement as it streams', () => {
  it('is nothing before the begin marker, then the lines after it, up to the end marker', () => {
    expect(replacementSoFar('Thinking about Lemma 2')).toBeNull();
    expect(replacementSoFar(`Fixed.\n${REPLACEMENT_BEGIN}\n**Lemma 2.** New`)).toBe(
      '**Lemma 2.** New',
    );
    const done = `x\n${REPLACEMENT_BEGIN}\nA\nB\n${REPLACEMENT_END}\nBye`;
    expect(replacementSoFar(done)).toBe('A\nB');
  });
});
