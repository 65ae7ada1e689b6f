import { isEscaped, matchBrace } from '../math/tex-scan';
import type { CheckedRelation, CheckerFinding } from '../schemas/checker';
import type { LineIndex, ProofFormula } from './formulas';
import type { FormulaSpans } from './katex-tree';
import type { RelationShape } from './relations';
import type { SampleVerdict } from './sample';
import { witnessWithMath } from './witness-math';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where a relation is in the proof (its own lines) and its LaTeX as written. */
export interface Placed {
  line: number;
  endLine: number;
  text: string;
}

export function place(
  proof: string,
  f: ProofFormula,
  shape: RelationShape,
  lines: LineIndex,
  spans: FormulaSpans,
): Placed {
  const full = spans.ofBoth(shape.lhs, shape.rhs);
  // The nodes written for it: the right side alone where the left is the row above's.
  const own = shape.carried ? spans.of(shape.rhs) : full;
  if (!full || !own) return { line: f.startLine, endLine: f.endLine, text: collapse(f.tex) };
  const { start, end } = widen(f.tex, full.start, full.end);
  const text = asWritten(proof.slice(f.texStart + start, f.texStart + end));
  const line = lines.lineOf(f.texStart + own.start);
  const endLine = Math.max(line, lines.lineOf(f.texStart + Math.max(own.start, own.end - 1)));
  return { line, endLine, text };
}

/** The LaTeX of some nodes of a formula as written, the commands around them included. */
export function writtenText(
  tex: string,
  at: { start: number; end: number } | null | undefined,
): string {
  if (!at) return '';
  const { start, end } = widen(tex, at.start, at.end);
  return asWritten(tex.slice(start, end));
}

/**
 * A piece of a formula as one line of LaTeX: row breaks (`\\\\`, `\\\\[2mm]`) and column
 * marks (`&`) become spaces, and a closing full stop or comma goes.
 */
const asWritten = (tex: string) =>
  collapse(tex.replace(/\\\\(?:\s*\[[^\]]*\])?|&/g, ' ')).replace(/[.,;]$/, '');

/** Commands KaTeX records no location for (`\frac`, `\sum_`, `\left(`): they belong to the text. */
const UNPLACED_BEFORE =
  /(\\(?:[dt]?frac|[dt]?binom|sqrt|sum|prod|[io]?i?int|operatorname|math[a-z]+|boldsymbol|vec|overrightarrow|overleftarrow|overline|widehat|hat|bar|tilde|left|[bB]igg?l?|sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan|max|min|gcd|lcm|ln|log|exp)\s*(?:\\[a-zA-Z]+|\\[!,;:]|[([|.])?\s*[_^]?\s*)$/;
const UNPLACED_AFTER = /^\s*\\(?:right|[bB]igg?r?)\s*(\\[a-zA-Z]+|\S)/;

function widen(tex: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  for (let k = 0; k < 4; k++) {
    const m = UNPLACED_BEFORE.exec(tex.slice(Math.max(0, s - 40), s));
    if (!m || m[0].length === 0) break;
    s -= m[0].length;
  }
  let e = end;
  for (let k = 0; k < 4; k++) {
    const m = UNPLACED_AFTER.exec(tex.slice(e));
    if (!m) break;
    e += m[0].length;
  }
  return balanced(tex, s, e);
}

/** A command just before an opening brace (`\\operatorname`, `\\mathbb`, `\\pmod`). */
const COMMAND_BEFORE = /\\[a-zA-Z]+\*?\s*$/;

/**
 * The span grown until its braces pair up, with the command whose argument it opened in:
 * KaTeX places `\\operatorname{pos}_\\sigma(i)` at "pos" and `\\mathbb{E}[X]` at "E", which
 * would show as "pos}_\\sigma(i)" and "E}[X]". Escaped braces (`\\{`, `\\}`) are not counted.
 */
function balanced(tex: string, start: number, end: number): { start: number; end: number } {
  /** The span's `{` still open at its end, outermost first. */
  const open: number[] = [];
  let unopened = 0;
  for (let i = start; i < end; i++) {
    if (tex[i] === '\\') i++;
    else if (tex[i] === '{') open.push(i);
    else if (tex[i] === '}') {
      if (open.length) open.pop();
      else unopened++;
    }
  }
  let s = start;
  for (let i = start - 1; unopened > 0 && i >= 0; i--) {
    if ((tex[i] !== '{' && tex[i] !== '}') || isEscaped(tex, i)) continue;
    if (tex[i] === '}') unopened++;
    else {
      unopened--;
      s = i;
    }
  }
  if (s < start) s -= COMMAND_BEFORE.exec(tex.slice(Math.max(0, s - 40), s))?.[0].length ?? 0;
  const closed = open.length ? matchBrace(tex, open[0]) : -1;
  return { start: s, end: Math.max(end, closed) };
}

/**
 * "(given a = 3 from earlier)": the bindings a context-dependent claim was closed with, as
 * TeX (the witness) or as math the findings list renders (the description).
 */
function givenText(given: string | undefined, texts: BoundTexts, rendered = false): string {
  if (!given) return '';
  return ` (given ${given
    .split(', ')
    .map((s) => {
      const tex = texts.get(s) ?? s;
      return rendered ? `\\(${tex}\\)` : tex;
    })
    .join(', ')} from earlier)`;
}

export type BoundTexts = ReadonlyMap<string, string>;

export function toChecked(
  p: Placed,
  v: SampleVerdict & { given?: string; basis?: string },
  bindings: BoundTexts,
): CheckedRelation {
  // Written out, not spread from a common base: a spread copies through the runtime, and
  // this runs for every relation.
  const { line, endLine, text } = p;
  if (v.verdict === 'false')
    return {
      line,
      endLine,
      text,
      verdict: v.verdict,
      witness: v.witness + givenText(v.given, bindings),
    };
  if (v.verdict === 'skipped') return { line, endLine, text, verdict: v.verdict, reason: v.reason };
  return v.basis
    ? { line, endLine, text, verdict: v.verdict, basis: v.basis }
    : { line, endLine, text, verdict: v.verdict };
}

export function toFinding(
  p: Placed,
  witness: string,
  given: string | undefined,
  bindings: BoundTexts,
): CheckerFinding {
  const w = witness + givenText(given, bindings);
  const shown = witnessWithMath(witness) + givenText(given, bindings, true);
  return {
    check: 'relations',
    severity: 'gap',
    category: 'computation',
    startLine: p.line,
    endLine: p.endLine,
    text: p.text,
    description: `Computed by the checker, this relation is false: \\(${p.text}\\) — ${shown}.`,
    witness: w,
  };
}
