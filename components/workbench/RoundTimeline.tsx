'use client';

import type { Round } from '@/lib/schemas';
import { ScoreBadge } from './ScoreBadge';

/** R1, R2, … with each round's verifier score; any round can be opened. */
export function RoundTimeline({
  rounds,
  selectedId,
  onSelect,
}: {
  rounds: Round[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  if (!rounds.length)
    return <span className="muted">No rounds yet: generate a draft or paste your own.</span>;
  return (
    <div className="round-timeline" role="tablist" aria-label="Rounds">
      {rounds.map((r) => (
        <button
          key={r.id}
          type="button"
          role="tab"
          aria-selected={r.id === selectedId}
          className={`round-tab${r.id === selectedId ? ' is-selected' : ''}`}
          data-testid="round-tab"
          data-round-index={r.index}
          onClick={() => onSelect(r.id)}
          title={`${r.origin}${r.truncated ? ' · incomplete' : ''}`}
        >
          R{r.index}
          <ScoreBadge score={r.score} />
          {r.truncated ? <span className="tag-warn">cut</span> : null}
        </button>
      ))}
    </div>
  );
}
