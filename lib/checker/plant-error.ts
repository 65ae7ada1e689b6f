import type { CheckedRelation } from '../schemas/checker';
import { mulberry32 } from './prng';

/**
 * A planted error for the recall measure: one number or sign of a relation's right side,
 * changed in the proof text (a digit run n becomes n + 1, `+` becomes `-` and back). The
 * seeded PRNG picks which. Subscripts are left alone (they name, they do not compute).
 * Returns null when the right side has no number or sign to change.
 */
export function plantError(
  proof: string,
  lineStarts: number,
  relation: CheckedRelation,
  seed: number,
): string | null {
  const lineEnd = proof.indexOf('\n', lineStarts);
  const lineText = proof.slice(lineStarts, lineEnd < 0 ? proof.length : lineEnd);
  const at = rhsOffset(lineText, relation.text);
  if (!at) return null;
  const rhs = lineText.slice(at.start, at.end);
  const candidates: { start: number; end: number; replace: string }[] = [];
  for (const m of rhs.matchAll(/\d+|[+-]/g)) {
    const i = m.index ?? 0;
    const before = rhs.slice(Math.max(0, i - 2), i);
    if (/_\{?$/.test(before)) continue;
    const token = m[0];
    const replace = token === '+' ? '-' : token === '-' ? '+' : String(BigInt(token) + 1n);
    candidates.push({ start: at.start + i, end: at.start + i + token.length, replace });
  }
  if (candidates.length === 0) return null;
  const pick = candidates[Math.floor(mulberry32(seed)() * candidates.length)];
  const abs = lineStarts + pick.start;
  return proof.slice(0, abs) + pick.replace + proof.slice(lineStarts + pick.end);
}

/** Where the right side of `text` (after its last relation sign) sits in the line. */
function rhsOffset(line: string, text: string): { start: number; end: number } | null {
  const sign = /(=|<|>|\\le(q|qslant)?|\\ge(q|qslant)?|\\neq?|\\lt|\\gt|\\approx)(?![a-zA-Z])/g;
  let last = -1;
  let lastLen = 0;
  for (const m of text.matchAll(sign)) {
    last = m.index ?? -1;
    lastLen = m[0].length;
  }
  if (last < 0) return null;
  // The relation's text has its whitespace collapsed and `&` removed: match it loosely.
  const loose = (t: string) =>
    t
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s&]*');
  const whole = new RegExp(loose(text)).exec(line);
  const rhsText = text.slice(last + lastLen).trim();
  if (!whole || !rhsText) return null;
  const inner = new RegExp(`${loose(rhsText)}$`).exec(whole[0]);
  if (!inner) return null;
  const start = whole.index + inner.index;
  return { start, end: start + inner[0].length };
}
