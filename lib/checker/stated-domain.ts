import { evaluateFloat } from './evaluate-float';
import { freeSymbols, Unreadable } from './expr';
import type { ProofFormula } from './formulas';
import { parseTex } from './katex-tree';
import { toExpr } from './to-expr';

/**
 * Where the text says its symbols range, for a claim made for all of them: "for every
 * \\(x \\in (0, 1)\\)", "for all positive reals \\(a, b, c\\)", "for all integers \\(n \\ge 2\\)".
 */
export interface StatedDomain {
  symbols: string[];
  lo: number;
  hi: number;
  /** Whether the ends themselves are excluded. */
  loOpen: boolean;
  hiOpen: boolean;
  /**
   * Whether the symbols are integers. A half-line with no word for its kind ("for all
   * \\(n \\ge 2\\)") is sampled at integers too: a counterexample there is one for reals.
   */
  integers: boolean;
  /** The text that stated it, for the witness. */
  text: string;
}

/** "for every", "for all positive reals", "for any integer", "holds for all real": a quantifier. */
const QUANTIFIER =
  /\bfor\s+(every|all|any|each)(\s+(positive|non-?negative|negative)?\s*(real|integer|natural)?\s*(numbers?|s)?)?\s*$/i;
const KIND = /(positive|non-?negative|negative)?\s*(real|integer|natural)/i;
const SYMBOL_LIST = String.raw`([a-zA-Z](?:\s*,\s*[a-zA-Z])*)`;
const LESS = String.raw`(<|\\le|\\leq|\\leqslant|\\lt)`;
const MORE = String.raw`(>|\\ge|\\geq|\\geqslant|\\gt)`;
const IN_INTERVAL = new RegExp(
  String.raw`^${SYMBOL_LIST}\s*\\in\s*(?:\\left)?\s*([(\[])(.+),(.+?)(?:\\right)?\s*([)\]])$`,
);
const HALF_LINE = new RegExp(
  String.raw`^${SYMBOL_LIST}\s*(${LESS.slice(1, -1)}|${MORE.slice(1, -1)})\s*(.+)$`,
);
const BETWEEN = new RegExp(String.raw`^(.+?)\s*${LESS}\s*${SYMBOL_LIST}\s*${LESS}\s*(.+)$`);
const IN_SET = new RegExp(String.raw`^${SYMBOL_LIST}\s*\\in\s*\\mathbb\s*\{?([RNZ])\}?\s*(.*)$`);

/** The value of a bound written in TeX ("1", "\\frac12", "\\infty"); null when it has none. */
function boundValue(tex: string): number | null {
  const t = tex.trim();
  if (/^\+?\\infty$/.test(t)) return Number.POSITIVE_INFINITY;
  if (/^-\\infty$/.test(t)) return Number.NEGATIVE_INFINITY;
  try {
    const e = toExpr(parseTex(t, false));
    if (freeSymbols(e).size > 0) return null;
    const v = evaluateFloat(e, new Map(), false);
    return Number.isFinite(v) ? v : null;
  } catch (err) {
    if (err instanceof Unreadable || err instanceof Error) return null;
    throw err;
  }
}

const symbolsOf = (list: string) => list.split(',').map((s) => s.trim());
const isLess = (op: string) => /<|\\le|\\lt/.test(op);
const isStrict = (op: string) => op === '<' || op === '>' || op === '\\lt' || op === '\\gt';

/** A domain read from one formula ("x \\in (0, 1)", "a, b, c > 0", "0 < t < 1"), or null. */
function domainOf(tex: string, kind: string): Omit<StatedDomain, 'text'> | null {
  const t = tex.trim().replace(/[.,;]$/, '');
  const kindMatch = KIND.exec(kind);
  const integers = !!kindMatch && /integer|natural/i.test(kindMatch[2]);
  const sign = kindMatch?.[1]?.toLowerCase();
  const base = {
    lo: sign === 'positive' || sign?.startsWith('non') ? 0 : Number.NEGATIVE_INFINITY,
    hi: sign === 'negative' ? 0 : Number.POSITIVE_INFINITY,
    loOpen: sign !== undefined && !sign.startsWith('non'),
    hiOpen: true,
  };
  let m = IN_INTERVAL.exec(t);
  if (m) {
    const [lo, hi] = [boundValue(m[3]), boundValue(m[4])];
    if (lo === null || hi === null || !(lo < hi)) return null;
    return {
      symbols: symbolsOf(m[1]),
      lo,
      hi,
      loOpen: m[2] === '(',
      hiOpen: m[5] === ')',
      integers,
    };
  }
  m = BETWEEN.exec(t);
  if (m) {
    const [lo, hi] = [boundValue(m[1]), boundValue(m[5])];
    if (lo === null || hi === null || !(lo < hi)) return null;
    const ls = symbolsOf(m[3]);
    return { symbols: ls, lo, hi, loOpen: isStrict(m[2]), hiOpen: isStrict(m[4]), integers };
  }
  m = HALF_LINE.exec(t);
  if (m) {
    const at = boundValue(m[3]);
    if (at === null || !Number.isFinite(at)) return null;
    const symbols = symbolsOf(m[1]);
    // A half-line with no kind named is sampled at integers: sound for integers and reals.
    const atIntegers = integers || !kindMatch;
    return isLess(m[2])
      ? {
          symbols,
          lo: base.lo,
          hi: at,
          loOpen: base.loOpen,
          hiOpen: isStrict(m[2]),
          integers: atIntegers,
        }
      : {
          symbols,
          lo: at,
          hi: base.hi,
          loOpen: isStrict(m[2]),
          hiOpen: true,
          integers: atIntegers,
        };
  }
  m = IN_SET.exec(t);
  if (m) {
    const positive = /^(\^\s*\{?\+\}?|_\s*\{\s*>\s*0\s*\})$/.test(m[3].trim());
    if (m[3].trim() && !positive) return null;
    const set = m[2];
    return {
      symbols: symbolsOf(m[1]),
      lo: set === 'N' || positive ? (set === 'R' ? 0 : 1) : Number.NEGATIVE_INFINITY,
      hi: Number.POSITIVE_INFINITY,
      loOpen: set === 'R' && positive,
      hiOpen: true,
      integers: set !== 'R',
    };
  }
  // "for all positive reals \\(a, b, c\\)": the kind is the domain.
  m = new RegExp(`^${SYMBOL_LIST}$`).exec(t);
  if (m && kindMatch) return { symbols: symbolsOf(m[1]), ...base, integers };
  return null;
}

/** Whether prose ends a sentence: the domain of a "for all" reaches no further. */
const ENDS_SENTENCE = /[.!?](\s|$)|\n\s*\n|;|\bif\b|\bwhen\b|\bwith\b|\bsuch that\b|\bwhere\b/i;

/**
 * The domains that "for every …" in the sentence of formula `at` states, with every symbol
 * they cover. Only a quantifier in the same sentence counts, and none when a condition
 * ("with", "such that", "if", "where") narrows it: then the claim is not for all of them.
 */
export function quantifiedDomains(formulas: readonly ProofFormula[], at: number): StatedDomain[] {
  return new QuantifiedDomains(formulas).around(at);
}

/**
 * `quantifiedDomains` for every formula of one proof: what each formula states and whether
 * a sentence ends before it are read once, not once per formula of its sentence that asks
 * (a sentence of n formulas asked n times over).
 */
export class QuantifiedDomains {
  private readonly stated = new Map<number, StatedDomain | null>();
  private readonly endsBefore = new Map<number, boolean>();

  constructor(private readonly formulas: readonly ProofFormula[]) {}

  around(at: number): StatedDomain[] {
    const out: StatedDomain[] = [];
    this.readInto(at, out);
    for (let k = at - 1; k >= 0 && !this.sentenceEndsBefore(k + 1); k--) this.readInto(k, out);
    for (let k = at + 1; k < this.formulas.length && !this.sentenceEndsBefore(k); k++)
      this.readInto(k, out);
    return out;
  }

  /** The domain formula `k` states, added to `out` (a method, not a closure made per call). */
  private readInto(k: number, out: StatedDomain[]): void {
    const d = this.statedAt(k);
    if (d) out.push(d);
  }

  /** The domain formula `k` states after "for every …", or null. */
  private statedAt(k: number): StatedDomain | null {
    let d = this.stated.get(k);
    if (d === undefined) {
      const g = this.formulas[k];
      const q = QUANTIFIER.exec(g.before);
      const read = q ? domainOf(g.tex, q[0]) : null;
      d =
        q && read
          ? { ...read, text: `${q[0].trim().replace(/^F/, 'f')} \\(${g.tex.trim()}\\)` }
          : null;
      this.stated.set(k, d);
    }
    return d;
  }

  private sentenceEndsBefore(k: number): boolean {
    let ends = this.endsBefore.get(k);
    if (ends === undefined) {
      ends = ENDS_SENTENCE.test(this.formulas[k].before);
      this.endsBefore.set(k, ends);
    }
    return ends;
  }
}
