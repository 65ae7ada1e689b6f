'use client';

import { useEffect } from 'react';

/**
 * KaTeX's faces a proof's formulas use (katex.min.css declares them; a face is fetched only
 * when text first needs it): upright, italic and bold text, math italic, AMS symbols, the four
 * sizes of big delimiters and operators, calligraphic letters.
 */
export const KATEX_FACES = [
  '1em KaTeX_Main',
  'italic 1em KaTeX_Main',
  'bold 1em KaTeX_Main',
  'italic 1em KaTeX_Math',
  '1em KaTeX_AMS',
  '1em KaTeX_Size1',
  '1em KaTeX_Size2',
  '1em KaTeX_Size3',
  '1em KaTeX_Size4',
  '1em KaTeX_Caligraphic',
];

/**
 * Loads KaTeX's fonts as soon as the preview mounts. Left to load on demand, each face arrived
 * in the middle of a streamed draft, when the first formula needing it (a big parenthesis, a
 * `\mathbb`) was drawn, and its arrival re-laid out every visible formula at once: one long
 * task per face in `npm run bench:render` (its trace shows "Fonts changed" invalidating
 * thousands of objects). Loaded before the text, they change nothing already drawn.
 */
export function useKatexFonts(): void {
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return;
    for (const face of KATEX_FACES) document.fonts.load(face).catch(() => {});
  }, []);
}
