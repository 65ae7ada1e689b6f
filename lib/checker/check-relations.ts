import type { CheckedRelation, CheckerFinding } from '../schemas/checker';
import { FirstUses } from './first-uses';
import { FormulaReading } from './formula-reading';
import type { LineIndex, ProofFormula } from './formulas';
import { FormulaTrees } from './katex-tree';
import { place, toChecked, toFinding } from './placed-relation';
import { ProofSoFar } from './proof-so-far';
import { MAY_RELATE } from './prose-cues';
import { recordRelation } from './record-relation';
import { relationVerdict } from './relation-verdict';
import { formulaRelations, type RelationShape } from './relations';
import { QuantifiedDomains } from './stated-domain';
import { drive } from './steps';

/**
 * The relation check: every relation of every formula of a proof, judged in order, each with
 * what the text said before it (`proof-so-far.ts`). A relation is read (`formula-reading.ts`),
 * judged (`relation-verdict.ts`), then recorded for the ones after it (`record-relation.ts`).
 */

export interface RelationsAnalysis {
  relations: CheckedRelation[];
  findings: CheckerFinding[];
}

/** Every relation of every formula of a proof, judged in order (bindings flow forward). */
export function checkRelations(
  proof: string,
  formulas: readonly ProofFormula[],
  lines: LineIndex,
): RelationsAnalysis {
  return drive(relationSteps(proof, formulas, lines, new FormulaTrees()));
}

/** The same, one step per formula, so a caller can let other work run in between. */
export function* relationSteps(
  proof: string,
  formulas: readonly ProofFormula[],
  lines: LineIndex,
  trees: FormulaTrees,
): Generator<void, RelationsAnalysis> {
  const relations: CheckedRelation[] = [];
  const findings: CheckerFinding[] = [];
  const so = new ProofSoFar(new FirstUses(formulas));
  const quantified = new QuantifiedDomains(formulas);
  // Indexed loops: `entries()` and `keys()` made an iterator, and an entry per formula and
  // per relation, on every check.
  for (let fi = 0; fi < formulas.length; fi++) {
    const f = formulas[fi];
    if (!MAY_RELATE.test(f.tex)) continue;
    yield;
    so.readProseBefore(proof, f);
    let shapes: RelationShape[];
    try {
      shapes = formulaRelations(trees.parse(f.tex, f.display || f.tex.includes('\\tag')));
    } catch {
      continue; // KaTeX cannot read it: the TeX check reports that.
    }
    so.recordColonDefinitions(f.tex);
    const reading = new FormulaReading(proof, formulas, fi, shapes, so, quantified);
    for (let idx = 0; idx < shapes.length; idx++) {
      const placed = place(proof, f, shapes[idx], lines, reading.spans);
      const verdict = relationVerdict(so, reading, idx, placed);
      relations.push(toChecked(placed, verdict, so.boundTexts));
      if (verdict.verdict === 'false')
        findings.push(toFinding(placed, verdict.witness, verdict.given, so.boundTexts));
      recordRelation(so, reading, idx, placed, verdict);
    }
  }
  return { relations, findings };
}
