/**
 * A verification is complete enough to judge when at least half of its samples answered.
 * Below that, a pass rule would judge the proof on whichever verifiers happened to answer
 * (1 of 8 saying "1" is not "every sample scores 1"): the round is marked "verification
 * incomplete" and the autopilot stops (issue 11).
 */
export type Answerable = { status: string };

export function answeredCount(samples: readonly Answerable[]): number {
  return samples.filter((s) => s.status === 'succeeded').length;
}

export function verificationIncomplete(
  samples: readonly Answerable[],
  sampleCount: number,
): boolean {
  const total = Math.max(sampleCount, samples.length);
  return total > 0 && answeredCount(samples) * 2 < total;
}
