import {
  type AnchorInput,
  anchorQuote,
  type PreparedProof,
  prepareProof,
} from '@/lib/findings/anchor';
import type { Anchor } from '@/lib/schemas/findings';
import { judge, type Verdict } from './judge';
import type { QuoteCase, QuoteSource } from './quote-cases';

export type Outcome = { case: QuoteCase; anchor: Anchor | null; verdict: Verdict };

/** Anchors generated cases, preparing each proof once (as a report's findings share one). */
export function caseRunner(source: QuoteSource) {
  const prepared = new Map<number, PreparedProof>();
  return (c: QuoteCase): Outcome => {
    let p = prepared.get(c.proof);
    if (!p) {
      p = prepareProof(source.proofs[c.proof]);
      prepared.set(c.proof, p);
    }
    const input: AnchorInput = { quote: c.quote, lines: c.lines, context: c.context ?? undefined };
    const anchor = anchorQuote(p, input);
    return { case: c, anchor, verdict: judge(c, anchor, source.proofs[c.proof]) };
  };
}

const KINDS = ['exact', 'confident', 'approximate', 'orphan', 'unanchored'] as const;
export type GeneratedTally = Record<(typeof KINDS)[number], number> & {
  total: number;
  /** Exact or confident on the true place. */
  right: number;
  wrong: Outcome[];
};

export function tallyOutcomes(outcomes: Outcome[]): GeneratedTally {
  const tally: GeneratedTally = {
    exact: 0,
    confident: 0,
    approximate: 0,
    orphan: 0,
    unanchored: 0,
    total: outcomes.length,
    right: 0,
    wrong: [],
  };
  for (const o of outcomes) {
    tally[o.anchor ? o.anchor.confidence : 'unanchored']++;
    if (o.verdict === 'right') tally.right++;
    if (o.verdict === 'wrong') tally.wrong.push(o);
  }
  return tally;
}
