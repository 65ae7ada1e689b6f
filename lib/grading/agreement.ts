import type { Agreement, CheckpointAgreement, Rubric } from '@/lib/schemas';

/**
 * How well automatic grades match human ones, over the pairs where both exist: the share of
 * exact matches, the share within one point, and the mean absolute difference in points.
 * Shares are fractions in [0, 1]; with no pairs every figure is null, not a misleading 0.
 */
export function gradeAgreement(pairs: { auto: number; human: number }[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, exact: null, withinOne: null, meanAbsoluteDifference: null };
  let exact = 0;
  let withinOne = 0;
  let total = 0;
  for (const { auto, human } of pairs) {
    const d = Math.abs(auto - human);
    if (d === 0) exact++;
    if (d <= 1) withinOne++;
    total += d;
  }
  return {
    pairs: n,
    exact: exact / n,
    withinOne: withinOne / n,
    meanAbsoluteDifference: total / n,
  };
}

type AwardPair = {
  problemId: string;
  problemLabel: string;
  auto: { id: string; points: number }[];
  human: { id: string; points: number }[];
};

/**
 * Per checkpoint of each problem's rubric, how often the grader's award equals the person's,
 * over the sessions both graded by checkpoint: pairs, share of exact matches, and the mean
 * absolute difference in points. Checkpoints nobody graded on both sides are left out.
 */
export function checkpointAgreement(
  sessions: AwardPair[],
  rubrics: Map<string, Rubric>,
): CheckpointAgreement[] {
  const out: CheckpointAgreement[] = [];
  const byProblem = new Map<string, AwardPair[]>();
  for (const s of sessions) byProblem.set(s.problemId, [...(byProblem.get(s.problemId) ?? []), s]);
  for (const [problemId, list] of byProblem) {
    const rubric = rubrics.get(problemId);
    if (!rubric) continue;
    for (const c of rubric.checkpoints) {
      const diffs: number[] = [];
      for (const s of list) {
        const a = s.auto.find((x) => x.id === c.id);
        const h = s.human.find((x) => x.id === c.id);
        if (a && h) diffs.push(Math.abs(a.points - h.points));
      }
      if (!diffs.length) continue;
      out.push({
        problemId,
        problemLabel: list[0].problemLabel,
        checkpointId: c.id,
        text: c.text,
        maxPoints: c.points,
        pairs: diffs.length,
        exact: diffs.filter((d) => d === 0).length / diffs.length,
        meanAbsoluteDifference: diffs.reduce((x, y) => x + y, 0) / diffs.length,
      });
    }
  }
  return out;
}
