/** Score → count, highest score first: "5× 1, 2× 0.5, 1× 0". */
export function scoreDistribution(scores: (number | null)[]): { score: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const s of scores) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .map(([score, count]) => ({ score, count }))
    .sort((a, b) => b.score - a.score);
}

export function meanOf(scores: (number | null)[]): number | null {
  const xs = scores.filter((s): s is number => s !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function minOf(scores: (number | null)[]): number | null {
  const xs = scores.filter((s): s is number => s !== null);
  return xs.length ? Math.min(...xs) : null;
}

/** True when `k` samples in a row passed, in finishing order (when the IMO25 agent accepts). */
export function consecutivePasses(scoresInFinishOrder: (number | null)[], k: number): boolean {
  let run = 0;
  for (const s of scoresInFinishOrder) {
    run = s === 1 ? run + 1 : 0;
    if (run >= k) return true;
  }
  return false;
}
