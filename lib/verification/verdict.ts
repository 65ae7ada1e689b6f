import type { MetaStatus, Verdict } from '@/lib/schemas/verification';

/** A meta-verifier score at or above this confirms an analysis: its claimed defects are real. */
export const CONFIRMED_AT = 0.5;

export type ScoredSample = { score: number | null; metaScore: number | null };

/** Only analyses that report problems (score < 1) are meta-verified. */
export function needsMeta(s: { score: number | null }): boolean {
  return s.score !== null && s.score < 1;
}

export function metaStatus(s: ScoredSample): MetaStatus {
  if (!needsMeta(s) || s.metaScore === null) return 'unchecked';
  return s.metaScore >= CONFIRMED_AT ? 'confirmed' : 'disputed';
}

/**
 * DeepSeekMath-V2's labelling rule: among the analyses that report issues, those that
 * meta-verification confirms; if at least `minConfirmed` are confirmed, the proof gets the
 * lowest score among them; if none is confirmed, 1. Between 1 and k−1 confirmed, the
 * evidence is too thin for the rule, and the verdict stays 1 with that reason given.
 * Before any meta-verification there is no verdict (null).
 */
export function verdictOf(samples: ScoredSample[], minConfirmed: number): Verdict {
  const reporting = samples.filter(needsMeta);
  const checked = reporting.filter((s) => s.metaScore !== null);
  const confirmed = checked.filter((s) => metaStatus(s) === 'confirmed');
  const base = { confirmed: confirmed.length, checked: checked.length, minConfirmed };
  const scored = samples.filter((s) => s.score !== null);
  if (!scored.length) return { ...base, value: null, reason: 'No sample produced a score.' };
  if (!reporting.length) return { ...base, value: 1, reason: 'No sample reported an issue.' };
  if (checked.length < reporting.length) {
    return { ...base, value: null, reason: 'Not meta-verified yet.' };
  }
  if (confirmed.length >= minConfirmed) {
    const lowest = Math.min(...confirmed.map((s) => s.score as number));
    return {
      ...base,
      value: lowest,
      reason: `${confirmed.length} analysis(es) with issues confirmed; lowest score ${lowest}.`,
    };
  }
  return {
    ...base,
    value: 1,
    reason: confirmed.length
      ? `Only ${confirmed.length} confirmed analysis(es), fewer than ${minConfirmed}.`
      : 'Meta-verification disputed every reported issue.',
  };
}

/**
 * The round's score: the verdict once meta-verified; before that the paper's rule with every
 * reported issue taken as valid, which is the lowest sample score.
 */
export function roundScoreOf(samples: ScoredSample[], minConfirmed: number): number | null {
  const verdict = verdictOf(samples, minConfirmed);
  if (verdict.value !== null) return verdict.value;
  const scores = samples.map((s) => s.score).filter((s): s is number => s !== null);
  return scores.length ? Math.min(...scores) : null;
}

/** A merged finding is confirmed if any sample raising it was; disputed if all checked were not. */
export function findingMeta(statuses: MetaStatus[]): MetaStatus {
  if (statuses.includes('confirmed')) return 'confirmed';
  if (statuses.includes('disputed')) return 'disputed';
  return 'unchecked';
}
