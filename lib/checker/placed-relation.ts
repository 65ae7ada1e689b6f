import type { CheckedRelation, CheckerFinding } from '../schemas/checker';
import type { LineIndex, ProofFormula } from './formulas';
import type { FormulaSpans } from './katex-tree';
import type { RelationShape } from './relations';
import type { SampleVerdict } from './sample';

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
  const text = collapse(
    proof.slice(f.texStart + start, f.texStart + end).replace(/\\\\|&/g, ' '),
  ).replace(/[.,;]$/, '');
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
  return collapse(tex.slice(start, end).replace(/\\\\|&/g, ' ')).replace(/[.,;]$/, '');
}

/** Commands KaTeX records no location for (`\frac`, `\sum_`, `\left(`): they belong to the text. */
const UNPLACED_BEFORE =
  /(\\(?:[dt]?frac|[dt]?binom|sqrt|sum|prod|operatorname|math[a-z]+|boldsymbol|left|[bB]igg?l?|sin|cos|tan|cot|sec|csc|ln|log|exp)\s*(?:\\[a-zA-Z]+|[([|.])?\s*[_^]?\s*)$/;
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
  return { start: s, end: e };
}

/** "(given a = 3 from earlier)": the bindings a context-dependent claim was closed with. */
function givenText(given: string | undefined, texts: BoundTexts): string {
  if (!given) return '';
  return ` (given ${given
    .split(', ')
    .map((s) => texts.get(s) ?? s)
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
  return {
    check: 'relations',
    severity: 'gap',
    category: 'computation',
    startLine: p.line,
    endLine: p.endLine,
    text: p.text,
    description: `Computed by the checker, this relation is false: \\(${p.text}\\) — ${w}.`,
    witness: w,
  };
}
