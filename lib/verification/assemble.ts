import type { Severity } from '@/lib/schemas/findings';
import type { FindingSupport, RoundVerification } from '@/lib/schemas/verification';
import { verificationIncomplete } from './completeness';
import { meanOf, minOf, scoreDistribution } from './distribution';
import { findingMeta, metaStatus, verdictOf } from './verdict';

export type SampleIn = {
  id: string;
  idx: number;
  status: string;
  score: number | null;
  error: string | null;
  metaScore: number | null;
};
export type WordingIn = {
  sampleId: string;
  findingId: string | null;
  severity: string;
  quote: string;
  description: string;
  suggestion: string;
};
export type SupportIn = { findingId: string; foundBy: number; sampleCount: number };

/**
 * Stored rows of one verification → what the workbench shows: the score distribution,
 * mean, minimum and verdict of the round, and per merged finding how many samples raised it
 * (with each one's wording) and whether meta-verification confirmed it.
 */
export function assembleVerification(
  v: { id: string; sampleCount: number },
  samples: SampleIn[],
  wordings: WordingIn[],
  support: SupportIn[],
  minConfirmed: number,
  /**
   * Its run is still going: samples not stored yet are on their way, not missing, so the
   * round is not "verification incomplete" while a person watches it being verified.
   */
  running = false,
): { view: RoundVerification; supportByFinding: Map<string, FindingSupport> } {
  const answered = samples.filter((s) => s.status === 'succeeded');
  const scores = answered.map((s) => s.score);
  const byId = new Map(samples.map((s) => [s.id, s]));
  const view: RoundVerification = {
    id: v.id,
    sampleCount: v.sampleCount,
    samples: samples.map((s) => ({
      id: s.id,
      index: s.idx,
      status: s.status,
      score: s.score,
      error: s.error,
      findings: wordings.filter((w) => w.sampleId === s.id).length,
      metaScore: s.metaScore,
      meta: metaStatus(s),
    })),
    distribution: scoreDistribution(scores),
    mean: meanOf(scores),
    min: minOf(scores),
    verdict: verdictOf(answered, minConfirmed),
    answered: answered.length,
    incomplete: !running && verificationIncomplete(samples, v.sampleCount),
  };
  const supportByFinding = new Map<string, FindingSupport>();
  for (const row of support) {
    const own = wordings
      .filter((w) => w.findingId === row.findingId && byId.has(w.sampleId))
      .map((w) => ({ w, s: byId.get(w.sampleId) as SampleIn }))
      .sort((a, b) => a.s.idx - b.s.idx);
    supportByFinding.set(row.findingId, {
      foundBy: row.foundBy,
      sampleCount: row.sampleCount,
      meta: findingMeta(own.map(({ s }) => metaStatus(s))),
      wordings: own.map(({ w, s }) => ({
        sampleId: s.id,
        sampleIndex: s.idx,
        severity: w.severity as Severity,
        quote: w.quote,
        description: w.description,
        suggestion: w.suggestion,
      })),
    });
  }
  return { view, supportByFinding };
}
