import type { PassRule } from '@/lib/schemas';
import { consecutivePasses } from '@/lib/verification/distribution';
import { verdictOf } from '@/lib/verification/verdict';

type Sample = {
  status: string;
  score: number | null;
  metaScore: number | null;
  finishedAt: number | null;
};

/**
 * Whether a round's verification meets the autopilot's pass rule. Every sample counts: one
 * that failed (no answer, an error) is a sample that did not pass, never one left out.
 */
export function passes(samples: Sample[], rule: PassRule, minConfirmed: number): boolean {
  if (!samples.length) return false;
  const score = (s: Sample) => (s.status === 'succeeded' ? s.score : null);
  if (rule.type === 'all-samples') return samples.every((s) => score(s) === 1);
  if (rule.type === 'verdict') {
    if (samples.some((s) => s.status !== 'succeeded')) return false;
    return verdictOf(samples, minConfirmed).value === 1;
  }
  const ordered = [...samples].sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
  return consecutivePasses(ordered.map(score), rule.k);
}

export function describeRule(rule: PassRule): string {
  if (rule.type === 'all-samples') return 'every sample at 1';
  if (rule.type === 'verdict') return 'meta-verified verdict 1';
  return `${rule.k} consecutive passing samples`;
}
