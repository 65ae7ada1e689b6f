import { MAX_POINTS, type Rubric } from '@/lib/schemas';

/**
 * The grade a set of checkpoint awards earns: the awards' sum minus the deductions that
 * apply, kept within 0…7 (a rubric's checkpoints add up to at most 7, but a grader's awards
 * and a deduction could leave the range).
 */
export function cappedTotal(awarded: number[], deducted: number[]): number {
  const sum = awarded.reduce((s, p) => s + p, 0) - deducted.reduce((s, p) => s + p, 0);
  return Math.min(MAX_POINTS, Math.max(0, sum));
}

export type CheckedAwards = {
  points: number;
  checkpoints: { id: string; points: number; reason: string }[];
  deductions: { id: string; reason: string }[];
};

/**
 * A person's awards checked against the rubric: every id must be one of its checkpoints (or
 * deductions), and no checkpoint may earn more than its points. A checkpoint left out earns
 * 0. Returns the problems found, or the awards in the rubric's order with their capped total.
 */
export function checkAwards(
  rubric: Rubric,
  awards: Record<string, number>,
  deductionIds: string[],
): CheckedAwards | { errors: string[] } {
  const errors: string[] = [];
  const byId = new Map(rubric.checkpoints.map((c) => [c.id, c]));
  for (const [id, points] of Object.entries(awards)) {
    const c = byId.get(id);
    if (!c) errors.push(`"${id}" is not a checkpoint of this rubric`);
    else if (points > c.points) errors.push(`checkpoint "${id}" is worth at most ${c.points}`);
  }
  const deductions = rubric.deductions.filter((d) => deductionIds.includes(d.id));
  for (const id of deductionIds) {
    if (!rubric.deductions.some((d) => d.id === id))
      errors.push(`"${id}" is not a deduction of this rubric`);
  }
  if (errors.length) return { errors };
  const checkpoints = rubric.checkpoints.map((c) => ({
    id: c.id,
    points: awards[c.id] ?? 0,
    reason: '',
  }));
  return {
    points: cappedTotal(
      checkpoints.map((c) => c.points),
      deductions.map((d) => d.points),
    ),
    checkpoints,
    deductions: deductions.map((d) => ({ id: d.id, reason: '' })),
  };
}
