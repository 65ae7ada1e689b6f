/** Helpers shared by this folder's tests (not part of the library's API). */

import { seededRandom } from '@/test/seeded-random';

export { seededRandom };

const WORDS = [
  'we',
  'have',
  'the',
  'sum',
  'hence',
  'for',
  'all',
  'integers',
  'so',
  'that',
  'bound',
  'holds',
];
const MATH = [
  '$x^2 \\ge 0$',
  '\\(a_{n+1} \\le 2a_n\\)',
  '$\\frac{1}{2}$',
  '𝔽_p',
  'α ≤ β',
  '$L_1, \\ldots, L_m$',
];

/** Proof-like text with LaTeX, Unicode, astral characters and CRLF line ends. */
export function generatedProof(random: () => number, chars: number): string {
  let text = '';
  while (text.length < chars) {
    const r = random();
    if (r < 0.1) text += random() < 0.5 ? '.\r\n' : '.\n\n';
    else if (r < 0.25) text += ` ${MATH[Math.floor(random() * MATH.length)]}`;
    else text += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
  }
  return text;
}
