import type { Finding, Round } from '@/lib/schemas';

/**
 * A finding's life across rounds, from the `carriedFromId` links: new in this round, still
 * present since an earlier one, or (for the previous round's open findings that were not
 * carried) resolved.
 */
export function findingLife(rounds: Round[]) {
  const roundOfFinding = new Map<string, number>();
  const byId = new Map<string, Finding>();
  for (const r of rounds) {
    for (const f of r.findings) {
      roundOfFinding.set(f.id, r.index);
      byId.set(f.id, f);
    }
  }
  const origin = (f: Finding): number => {
    let cur: Finding | undefined = f;
    let index = roundOfFinding.get(f.id) ?? 0;
    for (let guard = 0; cur?.carriedFromId && guard < 100; guard++) {
      index = roundOfFinding.get(cur.carriedFromId) ?? index;
      cur = byId.get(cur.carriedFromId);
    }
    return index;
  };
  return {
    lifeOf(f: Finding): string {
      const since = origin(f);
      return f.carriedFromId ? `still present since R${since}` : 'new';
    },
    /**
     * Open findings of the parent round that no finding of `round` carries forward — only
     * once `round` is verified: until then nothing is known to be resolved.
     */
    resolvedIn(round: Round | null): Finding[] {
      const parent = rounds.find((r) => r.id === round?.parentRoundId);
      if (!round || !parent || round.score === null) return [];
      const carried = new Set(round.findings.map((f) => f.carriedFromId).filter(Boolean));
      return parent.findings.filter(
        (f) => (f.decision === 'accepted' || f.decision === 'pending') && !carried.has(f.id),
      );
    },
  };
}
