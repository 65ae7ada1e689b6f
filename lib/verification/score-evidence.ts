import type { RoundVerification } from '@/lib/schemas/verification';

/**
 * What stands behind a verifier score (issue 15): how many samples gave it, their spread, and
 * what meta-verification said. A score of 1 is "no issues found by n samples", never
 * "correct": DeepSeekMath-V2's own released proofs include ones every sample passed that
 * people graded 2/7 or less. Pure, for every place a score shows.
 */
export type ScoreEvidence = {
  /** Samples that answered; null when unknown (an imported score). */
  samples: number | null;
  spread: { min: number; max: number } | null;
  /** e.g. "meta-verification confirmed 2 of 3", "not meta-verified", null when nothing to check. */
  meta: string | null;
  /** One line for people: "no issues found by 1 sample", "8 samples, 0 – 1, …". */
  text: string;
};

const samplesWord = (n: number) => `${n} sample${n === 1 ? '' : 's'}`;

function metaText(v: RoundVerification): string | null {
  const reporting = v.samples.filter((s) => s.score !== null && s.score < 1);
  if (!reporting.length) return null;
  const { confirmed, checked } = v.verdict;
  if (!checked) return 'not meta-verified';
  return `meta-verification confirmed ${confirmed} of ${checked}`;
}

export function scoreEvidence(
  score: number | null,
  v: RoundVerification | null | undefined,
): ScoreEvidence {
  if (score === null) return { samples: null, spread: null, meta: null, text: 'not verified' };
  const scores = (v?.samples ?? [])
    .filter((s) => s.status === 'succeeded' && s.score !== null)
    .map((s) => s.score as number);
  if (!v || !scores.length) {
    return {
      samples: null,
      spread: null,
      meta: null,
      text:
        score >= 1
          ? 'no issues found (imported score; number of samples unknown)'
          : 'imported score; number of samples unknown',
    };
  }
  const n = scores.length;
  const spread = { min: Math.min(...scores), max: Math.max(...scores) };
  const meta = metaText(v);
  const range = spread.min === spread.max ? `all ${spread.min}` : `${spread.min} – ${spread.max}`;
  let text: string;
  if (score >= 1 && spread.min >= 1) {
    text = `no issues found by ${n === 1 ? '1 sample' : `all ${n} samples`}`;
  } else if (score >= 1) {
    text = `${samplesWord(n)} (${range}); the issues reported were not confirmed`;
  } else {
    text = `${samplesWord(n)} (${range})`;
  }
  if (meta) text += ` · ${meta}`;
  return { samples: n, spread, meta, text };
}
