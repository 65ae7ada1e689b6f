/**
 * How verifiers rewrite the TeX they quote: other math delimiters, fewer or more braces,
 * Unicode symbols for commands. Each edit takes the quote and a random `pick` (which
 * variant, which places) and returns the rewritten quote, or null when it does not apply.
 */

export type Edit = (quote: string, pick: number) => string | null;

/** Replaces the matches of `pattern` chosen by `pick`: all of them, or a single one. */
function replaceSome(
  quote: string,
  pattern: RegExp,
  pick: number,
  replace: (match: RegExpExecArray) => string,
): string | null {
  const matches = [...quote.matchAll(pattern)];
  if (matches.length === 0) return null;
  const only = pick % 3 === 1 ? Math.floor(pick / 3) % matches.length : -1;
  let out = '';
  let last = 0;
  matches.forEach((m, k) => {
    const at = m.index ?? 0;
    if (only >= 0 && k !== only) return;
    out += quote.slice(last, at) + replace(m as RegExpExecArray);
    last = at + m[0].length;
  });
  const result = out + quote.slice(last);
  return result === quote ? null : result;
}

const MATH = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(?<!\\)\$([^$]+?)(?<!\\)\$/g;

/** `$…$` ↔ `\(…\)`, `$$…$$` ↔ `\[…\]` (all pairs or one), or delimiters left out. */
export const swapDelimiters: Edit = (quote, pick) =>
  replaceSome(quote, MATH, pick, (m) => {
    const [, display, bracket, paren, dollar] = m;
    if (pick % 3 === 2) return (display ?? bracket ?? paren ?? dollar).trim();
    if (display !== undefined) return `\\[${display}\\]`;
    if (bracket !== undefined) return `$$${bracket}$$`;
    if (paren !== undefined) return `$${paren}$`;
    return `\\(${dollar}\\)`;
  });

const BRACE_EDITS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  // Dropped: `x^{2}` → `x^2`, `\frac{1}{2}` → `\frac12`, `\sqrt{x}` → `\sqrt x`.
  [/([_^])\{(\w)\}/g, (m) => `${m[1]}${m[2]}`],
  [/\\([dt]?frac)\{(\w)\}\{(\w)\}/g, (m) => `\\${m[1]}${m[2]}${m[3]}`],
  [/\\sqrt\{(\w)\}/g, (m) => `\\sqrt ${m[1]}`],
  // Added: `a_n` → `a_{n}`, `\mathbb R` → `\mathbb{R}`.
  [/([_^])(\w)/g, (m) => `${m[1]}{${m[2]}}`],
  [/\\(mathbb|mathcal|mathbf)\s+(\w)/g, (m) => `\\${m[1]}{${m[2]}}`],
  // Set braces written without their backslash.
  [/\\([{}])/g, (m) => m[1]],
];

/** LaTeX braces dropped or added where TeX reads the same. */
export const editBraces: Edit = (quote, pick) => {
  for (let k = 0; k < BRACE_EDITS.length; k++) {
    const [pattern, replace] = BRACE_EDITS[(pick + k) % BRACE_EDITS.length];
    const out = replaceSome(quote, pattern, Math.floor(pick / BRACE_EDITS.length), replace);
    if (out) return out;
  }
  return null;
};

const SYMBOLS: Record<string, string> = {
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  to: '→',
  rightarrow: '→',
  in: '∈',
  notin: '∉',
  cdot: '·',
  times: '×',
  infty: '∞',
  pm: '±',
  subseteq: '⊆',
  subset: '⊂',
  cup: '∪',
  cap: '∩',
  forall: '∀',
  exists: '∃',
  implies: '⇒',
  Rightarrow: '⇒',
  Longrightarrow: '⇒',
  iff: '⇔',
  Leftrightarrow: '⇔',
  equiv: '≡',
  approx: '≈',
  circ: '∘',
  angle: '∠',
  triangle: '△',
  perp: '⊥',
  parallel: '∥',
  sum: '∑',
  prod: '∏',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  partial: '∂',
  mapsto: '↦',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  emptyset: '∅',
  varnothing: '∅',
  setminus: '∖',
  ell: 'ℓ',
  mid: '∣',
  neg: '¬',
  wedge: '∧',
  vee: '∨',
  oplus: '⊕',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

const BLACKBOARD: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ' };
const SUPERSCRIPTS: Record<string, string> = { '1': '¹', '2': '²', '3': '³', n: 'ⁿ' };
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

const COMMANDS = new RegExp(
  `\\\\(${Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![A-Za-z])`,
  'g',
);

/** Every TeX spelling that has a Unicode one, and its symbol (the square root first). */
const UNICODE_EDITS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/\\sqrt\s*\{([^{}]{1,12})\}/g, (m) => (m[1].length === 1 ? `√${m[1]}` : `√(${m[1]})`)],
  [/\\mathbb\s*\{?([RNZQC])\}?/g, (m) => BLACKBOARD[m[1]]],
  [COMMANDS, (m) => SYMBOLS[m[1]]],
  [/\^(?:\{([123n])\}|([123n])(?![\w{]))/g, (m) => SUPERSCRIPTS[m[1] ?? m[2]]],
  [/_(?:\{(\d)\}|(\d)(?![\w{]))/g, (m) => SUBSCRIPTS[Number(m[1] ?? m[2])]],
];

/** `≤` for `\le`, `α` for `\alpha`, `ℝ` for `\mathbb{R}`, `x²` for `x^2`: all such, or one. */
export const texToUnicode: Edit = (quote, pick) => {
  let out = quote;
  for (const [pattern, symbol] of UNICODE_EDITS) {
    out = replaceSome(out, pattern, pick, symbol) ?? out;
    if (pick % 3 === 1 && out !== quote) break;
  }
  return out === quote ? null : out;
};
