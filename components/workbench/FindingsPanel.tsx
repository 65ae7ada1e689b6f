'use client';

import type { Decision, Finding } from '@/lib/schemas';
import { FindingCard } from './FindingCard';

const SEVERITY_RANK = { critical: 0, gap: 1, minor: 2 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.anchor?.startLine ?? Number.MAX_SAFE_INTEGER) -
        (b.anchor?.startLine ?? Number.MAX_SAFE_INTEGER),
  );
}

/** The verifier's findings for the open round, most severe first. */
export function FindingsPanel({
  findings,
  verified,
  selectedId,
  onSelect,
  onDecide,
}: {
  findings: Finding[];
  verified: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDecide: (id: string, decision: Decision, note?: string) => void;
}) {
  if (!findings.length) {
    return (
      <p className="muted findings-empty">
        {verified
          ? 'The verifier found no issues in this round.'
          : 'Not verified yet: press Verify.'}
      </p>
    );
  }
  return (
    <ul className="findings-list" aria-label="Findings">
      {sortFindings(findings).map((f) => (
        <FindingCard
          key={f.id}
          finding={f}
          selected={f.id === selectedId}
          onSelect={() => onSelect(f.id)}
          onDecide={(d, note) => onDecide(f.id, d, note)}
        />
      ))}
    </ul>
  );
}
