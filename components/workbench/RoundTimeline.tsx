'use client';

import { Tip } from '@/components/ui/Tip';
import type { Round } from '@/lib/schemas';
import { scoreEvidence } from '@/lib/verification/score-evidence';
import { findingLife } from './finding-life';
import { IncompleteMark } from './IncompleteMark';
import styles from './RoundTimeline.module.css';
import { ScoreBadge, scoreMeaning } from './ScoreBadge';

/** "+2 new · 1 still · 3 resolved": how a round's findings relate to the round before. */
function lifeSummary(r: Round, life: ReturnType<typeof findingLife>): string {
  const still = r.findings.filter((f) => f.carriedFromId).length;
  // Until a verifier has read this round, nothing is known to be new or resolved in it.
  if (r.score === null)
    return [still ? `${still} still` : null, 'not verified'].filter(Boolean).join(' · ');
  const fresh = r.findings.length - still;
  const resolved = life.resolvedIn(r).length;
  const parts = [
    fresh ? `+${fresh} new` : null,
    still ? `${still} still` : null,
    resolved ? `${resolved} resolved` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** "edited from R2": a round made by a person's edit of a verified round. */
function editedFrom(r: Round, rounds: Round[]) {
  if (r.origin !== 'manual' || !r.parentRoundId) return null;
  const parent = rounds.find((p) => p.id === r.parentRoundId);
  return parent ? (
    <span className={styles.origin} data-testid="round-origin">
      · edited from R{parent.index}
    </span>
  ) : null;
}

const ORIGIN: Record<Round['origin'], string> = {
  generate: 'drafted by the generator',
  refine: 'refined by the generator',
  manual: 'written or edited by hand',
  import: 'imported',
  search: 'opened from a proof search',
};

/** "R2 · refined by the generator · verifier 1": what a round tab stands for. */
function roundSummary(r: Round): string {
  const score =
    r.score === null
      ? 'not verified'
      : r.score >= 1
        ? `verifier ${r.score}: ${scoreEvidence(r.score, r.verification).text}`
        : `verifier ${r.score}: ${scoreMeaning(r.score).toLowerCase()}, ${scoreEvidence(r.score, r.verification).text}`;
  return [`R${r.index}`, ORIGIN[r.origin], r.truncated ? 'draft cut short' : null, score]
    .filter(Boolean)
    .join(' · ');
}

const NO_ROUNDS = 'No rounds yet: generate a draft or paste your own.';

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
    return (
      <span className={`muted ${styles.empty}`} title={NO_ROUNDS} data-testid="no-rounds">
        {NO_ROUNDS}
      </span>
    );
  const life = findingLife(rounds);
  return (
    <div className={styles.timeline} role="tablist" aria-label="Rounds">
      {rounds.map((r) => (
        <Tip key={r.id} side="bottom" label={roundSummary(r)}>
          <button
            type="button"
            role="tab"
            aria-selected={r.id === selectedId}
            className={`${styles.tab} ${r.id === selectedId ? styles.selected : ''}`}
            data-testid="round-tab"
            data-round-index={r.index}
            onClick={() => onSelect(r.id)}
          >
            R{r.index}
            {editedFrom(r, rounds)}
            <ScoreBadge score={r.score} explain={false} />
            <IncompleteMark v={r.verification} testId="round-incomplete" />
            {r.truncated ? <span className="tag-warn">cut</span> : null}
            <span className={styles.life} data-testid="round-life">
              {lifeSummary(r, life)}
            </span>
          </button>
        </Tip>
      ))}
    </div>
  );
}
