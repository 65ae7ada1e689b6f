import type { Anchor, Severity } from '@/lib/schemas/findings';
import { concernSameText } from './similarity';

/** One finding as one verifier sample wrote it, already placed in the proof. */
export type SampleFinding = {
  /** Which sample (0-based) raised it; findings of one sample are never merged together. */
  sample: number;
  severity: Severity;
  quote: string;
  description: string;
  suggestion: string;
  anchor: Anchor | null;
};

/** A finding already in the round that a person decided on: new wordings join it. */
export type KeptFinding = {
  id: string;
  severity: Severity;
  quote: string;
  description: string;
  anchor: Anchor | null;
};

export type MergedFinding<T extends SampleFinding> = {
  /** Set when the merged finding is a kept (decided) one. */
  keptId: string | null;
  /** The wording shown for the merged finding: the most severe, best placed one. */
  lead: T | null;
  members: T[];
  foundBy: number;
  severity: Severity;
};

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, gap: 1, minor: 2 };
const CONFIDENCE_RANK = { exact: 0, confident: 1, approximate: 2, orphan: 3 } as const;

function placementRank(a: Anchor | null): number {
  return a ? CONFIDENCE_RANK[a.confidence] : 4;
}

function better(a: SampleFinding, b: SampleFinding): boolean {
  return (
    (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      placementRank(a.anchor) - placementRank(b.anchor) ||
      a.sample - b.sample) < 0
  );
}

type Group<T extends SampleFinding> = {
  kept: KeptFinding | null;
  members: T[];
  samples: Set<number>;
};

/**
 * Merges the findings of n samples into one list: findings about the same text (see
 * similarity.ts) from different samples become one, "found by k of n". Greedy and
 * deterministic: each finding joins the group with which it shares the most members, never a
 * group that already holds a finding of its own sample.
 */
export function mergeSampleFindings<T extends SampleFinding>(
  items: T[],
  kept: KeptFinding[] = [],
): MergedFinding<T>[] {
  const groups: Group<T>[] = kept.map((k) => ({ kept: k, members: [], samples: new Set() }));
  const ordered = [...items].sort((a, b) => a.sample - b.sample);
  for (const item of ordered) {
    let best: Group<T> | null = null;
    let bestVotes = 0;
    for (const g of groups) {
      if (g.samples.has(item.sample)) continue;
      const others = g.kept ? [g.kept, ...g.members] : g.members;
      const votes = others.filter((o) => concernSameText(item, o)).length;
      if (votes > bestVotes) [best, bestVotes] = [g, votes];
    }
    const group = best ?? { kept: null, members: [], samples: new Set<number>() };
    if (!best) groups.push(group);
    group.members.push(item);
    group.samples.add(item.sample);
  }
  return groups
    .filter((g) => g.members.length > 0)
    .map((g) => {
      const lead = g.members.reduce((a, b) => (better(b, a) ? b : a));
      return {
        keptId: g.kept?.id ?? null,
        lead: g.kept ? null : lead,
        members: g.members,
        foundBy: g.samples.size,
        severity: g.kept?.severity ?? lead.severity,
      };
    })
    .sort((a, b) => b.foundBy - a.foundBy || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
