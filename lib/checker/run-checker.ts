import { tokenize } from '../math/tokenize';
import type { Token } from '../math/tokens';
import type { CheckerFinding, CheckerResult, CheckerStats } from '../schemas/checker';
import { relationSteps } from './check-relations';
import { LineIndex, type ProofFormula, proofFormulas, type StrayDelimiter } from './formulas';
import { FormulaTrees } from './katex-tree';
import { referenceCheck } from './reference-check';
import { drive, driveInSlices, type Steps } from './steps';
import { renderFailures, unbalancedDelimiters } from './tex-checks';
import { forgetUnknownValues } from './unknown-function';

/** What every check is handed: the proof and what the tokenizer found in it, once. */
export interface CheckerProof {
  text: string;
  formulas: readonly ProofFormula[];
  strays: readonly StrayDelimiter[];
  lines: LineIndex;
  /** The proof split into prose, code and math, once for every check. */
  tokens: readonly Token[];
  /** The formulas' parse trees, each formula parsed once for every check. */
  trees: FormulaTrees;
}

/**
 * One deterministic check. The relations check is built in (it also yields the stats);
 * the others are listed in DEFAULT_CHECKS: TeX, and labels and references (reference-check.ts).
 */
export type CheckerCheck = (proof: CheckerProof) => CheckerFinding[];

export const texCheck: CheckerCheck = (p) => [
  ...renderFailures(p.formulas, p.trees),
  ...unbalancedDelimiters(p.strays),
];

export const DEFAULT_CHECKS: readonly CheckerCheck[] = [texCheck, referenceCheck];

/** Runs every check on a proof. Pure: the same module runs in a browser worker and on the server. */
export function runChecker(
  text: string,
  checks: readonly CheckerCheck[] = DEFAULT_CHECKS,
): CheckerResult {
  return drive(checkerSteps(text, checks));
}

/** The same on a server: in slices of `budgetMs`, the event loop free in between. */
export function runCheckerInSlices(
  text: string,
  checks: readonly CheckerCheck[] = DEFAULT_CHECKS,
  budgetMs?: number,
): Promise<CheckerResult> {
  return driveInSlices(checkerSteps(text, checks), budgetMs);
}

/** Reading the formulas, then each formula's relations, then each other check: one step each. */
function* checkerSteps(text: string, checks: readonly CheckerCheck[]): Steps<CheckerResult> {
  // Values an unknown function took for the last proof checked are not this one's to reuse.
  forgetUnknownValues();
  const lines = new LineIndex(text);
  const tokens = tokenize(text);
  const { formulas, strays } = proofFormulas(text, lines, tokens);
  yield;
  const trees = new FormulaTrees();
  const proof: CheckerProof = { text, formulas, strays, lines, tokens, trees };
  const { relations, findings } = yield* relationSteps(text, formulas, lines, trees);
  const all = [...findings];
  for (const check of checks) {
    all.push(...check(proof));
    yield;
  }
  all.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  return { findings: all, stats: statsOf(relations), relations };
}

export function statsOf(relations: CheckerResult['relations']): CheckerStats {
  const count = (v: string) => relations.filter((r) => r.verdict === v).length;
  return {
    relations: relations.length,
    holds: count('holds'),
    false: count('false'),
    skipped: count('skipped'),
  };
}
