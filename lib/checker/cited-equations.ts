import type { EarlierEquation } from './earlier-equations';
import { type Expr, freeSymbols } from './expr';
import type { FormulaReading } from './formula-reading';
import type { ProofFormula } from './formulas';
import type { Placed } from './placed-relation';
import type { RelationShape } from './relations';

/**
 * Equations the text labels with `\\tag{…}`, by label, for the claims whose sentence cites
 * them: "Substituting \\(b = 2b_1\\) into (∗) gives …", "From (2) and (3) we obtain …". The text
 * names its premise, so it may be one stated under a hypothesis ("suppose a, b, c satisfy
 * (∗)": the argument goes on inside it) or further back than `EarlierEquations` reaches.
 */

const TAG = /\\tag\*?\{([^{}]*)\}/g;
/** "(3)", "(E0)", "(∗)", "(1′)" in the prose; `\\eqref{3}`. */
const CITATION = /\(([^()\s]{1,8})\)|\\(?:eq)?ref\{([^{}]*)\}/g;
/** The end of a sentence in the prose before a formula: what it cites comes after. */
const SENTENCE_END = /[.!?](\s|$)/g;

/** A label as written in `\\tag{…}` or cited: "(\\ast)", "$*$" and "∗" are one. */
const normal = (label: string) =>
  label
    .replace(/\\ast\b|\*/g, '∗')
    .replace(/[\s$\\{}()]/g, '')
    .replace(/'/g, '′');

export class CitedEquations {
  private readonly byLabel = new Map<string, EarlierEquation[]>();
  /** The labels the prose before the formula last asked about cites, in order: read once per formula. */
  private cited: { f: ProofFormula; labels: string[] } | null = null;
  /** The formula whose labels `labels` are, and the labels already met in it. */
  private formula: ProofFormula | null = null;
  private labels: { label: string; at: number }[] = [];
  private readonly met = new Set<string>();
  private recorded = 0;

  /**
   * An equation of a formula under the label that follows it there (a row's own `\\tag`, or
   * the formula's one); the first equation under a label replaces what it labelled before.
   */
  record(r: FormulaReading, shape: RelationShape, placed: Placed, lhs: Expr, rhs: Expr): void {
    if (this.formula !== r.f) {
      this.formula = r.f;
      this.labels = [...r.f.tex.matchAll(TAG)].map((m) => ({
        label: normal(m[1]),
        at: m.index ?? 0,
      }));
      this.met.clear();
    }
    if (this.labels.length === 0) return;
    const end = r.spans.of(shape.rhs)?.end ?? 0;
    const label = this.labels.find((t) => t.at >= end)?.label;
    if (!label) return;
    const symbols = new Set([...freeSymbols(lhs), ...freeSymbols(rhs)]);
    const e = { lhs, rhs, line: placed.line, text: placed.text, symbols, order: this.recorded++ };
    const list = this.met.has(label) ? (this.byLabel.get(label) ?? []) : [];
    list.push(e);
    this.byLabel.set(label, list);
    this.met.add(label);
  }

  /** The equations the prose before `f` (back to its last full stop) cites, then `pool`'s. */
  withCited(f: ProofFormula, pool: EarlierEquation[]): EarlierEquation[] {
    if (this.byLabel.size === 0) return pool;
    const cites: EarlierEquation[] = [];
    for (const label of this.citedBefore(f))
      for (const e of this.byLabel.get(label) ?? []) if (!cites.includes(e)) cites.push(e);
    if (cites.length === 0) return pool;
    const same = (a: EarlierEquation, b: EarlierEquation) => a.line === b.line && a.text === b.text;
    return [...cites, ...pool.filter((e) => !cites.some((c) => same(c, e)))];
  }

  /** The labels the prose before `f` (back to its last full stop) cites, in order. */
  private citedBefore(f: ProofFormula): string[] {
    if (this.cited?.f === f) return this.cited.labels;
    const ends = [...f.before.matchAll(SENTENCE_END)];
    const last = ends[ends.length - 1];
    const prose = last ? f.before.slice((last.index ?? 0) + last[0].length) : f.before;
    const labels: string[] = [];
    for (const m of prose.matchAll(CITATION)) labels.push(normal(m[1] ?? m[2] ?? ''));
    this.cited = { f, labels };
    return labels;
  }
}
