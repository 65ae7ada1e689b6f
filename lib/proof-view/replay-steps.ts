import type { ReadOnlyView } from './read-only-view';

/** One frame of a replay: a round's draft, its findings appearing one by one, its verdict. */
export type ReplayStep = {
  /** Position in `view.rounds` (not the round's index). */
  round: number;
  phase: 'draft' | 'finding' | 'verdict';
  /** How many of the round's findings are on screen. */
  shown: number;
  label: string;
};

/**
 * The frames a teacher steps through: for each round, the draft alone; then each finding
 * appearing on its lines; then the verdict (score and the decisions taken) — after which
 * the next round's refined draft follows. A round never verified is its draft alone.
 */
export function replaySteps(view: ReadOnlyView): ReplayStep[] {
  const steps: ReplayStep[] = [];
  view.rounds.forEach((r, round) => {
    const name = `Round ${r.index}`;
    steps.push({
      round,
      phase: 'draft',
      shown: 0,
      label: `${name} · ${r.origin === 'refine' ? 'refined draft' : 'draft'}`,
    });
    const n = r.findings.length;
    for (let k = 1; k <= n; k++) {
      steps.push({ round, phase: 'finding', shown: k, label: `${name} · finding ${k} of ${n}` });
    }
    if (n > 0 || r.score !== null) {
      steps.push({ round, phase: 'verdict', shown: n, label: `${name} · verdict and decisions` });
    }
  });
  return steps;
}

/** A step number from the URL, 1-based, clamped to the replay. */
export function clampStep(raw: string | string[] | undefined, count: number): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, count));
}
