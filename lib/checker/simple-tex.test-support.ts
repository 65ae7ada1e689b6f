import { expect } from 'vitest';
import { parseTex, type TexNode } from './katex-tree';
import { simpleTree } from './simple-tex';

// Shared by simple-tex's tests: its trees against KaTeX's.

/** A KaTeX tree with each location reduced to its offsets (KaTeX's also names its lexer). */
function located(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(located);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] =
      k === 'loc' && v
        ? { start: (v as TexNode['loc'])?.start, end: (v as TexNode['loc'])?.end }
        : located(v);
  return out;
}

/** KaTeX's tree, or null where KaTeX rejects the formula. */
function katexTree(tex: string, display: boolean): unknown {
  try {
    return located(parseTex(tex, display));
  } catch {
    return null;
  }
}

/** What simpleTree reads must be what KaTeX reads, in each mode; returns whether it read it in either. */
export function agrees(tex: string): boolean {
  let read = false;
  for (const display of [false, true]) {
    const tree = simpleTree(tex, display);
    if (!tree) continue;
    const katex = katexTree(tex, display);
    expect(katex, tex).not.toBeNull();
    expect(located(tree), tex).toStrictEqual(katex);
    read = true;
  }
  return read;
}

/** Neither mode reads it here. */
export const unread = (tex: string) => !simpleTree(tex, false) && !simpleTree(tex, true);
