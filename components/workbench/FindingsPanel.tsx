'use client';

import { MathInline } from '@/components/math/MathInline';
import { VirtualList } from '@/components/ui/VirtualList';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { Decision, Finding, LivePlacement } from '@/lib/schemas';
import { FindingCard } from './FindingCard';
import styles from './findings.module.css';
import type { PersonControls } from './person-controls';

const SEVERITY_RANK = { critical: 0, gap: 1, minor: 2 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.anchor?.startLine ?? Number.MAX_SAFE_INTEGER) -
        (b.anchor?.startLine ?? Number.MAX_SAFE_INTEGER),
  );
}

export type FindingsPanelProps = {
  findings: Finding[];
  /** Findings of the previous round that this round resolved. */
  resolved: Finding[];
  verified: boolean;
  /** A verification of this round is running (its progress is shown above the list). */
  verifying?: boolean;
  /** The round's draft is still streaming: nothing can be verified or added yet. */
  drafting?: boolean;
  /** …and waits for the model server (a retry, a free slot): no line of it is written yet. */
  draftWaits?: boolean;
  /** The open round has no proof (or there is no round): nothing to verify yet. */
  noDraft?: boolean;
  live: Map<string, LivePlacement>;
  lifeOf: (f: Finding) => string;
  selectedId: string | null;
  overridingId: string | null;
  onSelect: (id: string) => void;
  onDecide: (id: string, decision: Decision, note?: string) => void;
  onOverride: (id: string | null) => void;
  onReanchor: (id: string) => void;
  /** Another order than most severe first (e.g. by how many verifiers found each). */
  order?: (findings: Finding[]) => Finding[];
  person?: PersonControls;
};

/**
 * From this many findings the list is virtual (issue 20): a round with thousands keeps a
 * bounded DOM. Below it every card is in the page, as a short list reads best.
 */
export const VIRTUAL_FINDINGS_FROM = 60;
const noMore = () => {};

/** What the findings tab says while the round has none: what to do next, in this state. */
function emptyMessage(p: FindingsPanelProps): string {
  const then = 'press Verify, or select lines and choose Add finding (c) to write your own.';
  if (p.drafting && p.draftWaits)
    return `No draft yet: the run waits for the model server, as the status line below says. Once the draft is written, ${then}`;
  if (p.drafting) return `The draft is still being written. Once it is finished, ${then}`;
  if (p.noDraft)
    return `No draft yet: press Generate (g), or write or paste a proof in the editor. Then ${then}`;
  if (p.verified)
    return 'The verifier found no issues in this round. To add your own, select lines and choose Add finding (c).';
  return `Not verified yet: ${then}`;
}

/** The open round's findings (the verifier's and a person's), most severe first. */
export function FindingsPanel(p: FindingsPanelProps) {
  const ordered = (p.order ?? sortFindings)(p.findings);
  const card = (f: Finding, as: 'li' | 'div') => (
    <FindingCard
      key={f.id}
      as={as}
      finding={f}
      live={p.live.get(f.id)}
      life={p.lifeOf(f)}
      selected={f.id === p.selectedId}
      overriding={f.id === p.overridingId}
      onSelect={() => p.onSelect(f.id)}
      onDecide={(d, note) => p.onDecide(f.id, d, note)}
      onOverride={(open) => p.onOverride(open ? f.id : null)}
      onReanchor={() => p.onReanchor(f.id)}
      person={p.person}
    />
  );
  const selectedIndex = ordered.findIndex((f) => f.id === p.selectedId);
  return (
    <>
      {p.findings.length === 0 && p.verifying ? null : p.findings.length === 0 ? (
        <p className="muted" data-testid="findings-empty">
          {emptyMessage(p)}
        </p>
      ) : ordered.length >= VIRTUAL_FINDINGS_FROM ? (
        <VirtualList
          items={ordered}
          keyOf={(f) => f.id}
          estimateSize={140}
          hasMore={false}
          loadingMore={false}
          onMore={noMore}
          activeIndex={selectedIndex >= 0 ? selectedIndex : undefined}
          className={styles.virtualBox}
          testId="findings-virtual"
          ariaLabel="Findings"
          renderItem={(f) => <div className={styles.virtualGap}>{card(f, 'div')}</div>}
        />
      ) : (
        <ul className={styles.list} aria-label="Findings">
          {ordered.map((f) => card(f, 'li'))}
        </ul>
      )}
      {p.resolved.length ? (
        <details className={styles.resolved} data-testid="resolved-findings">
          <summary>Resolved since the previous round ({p.resolved.length})</summary>
          <ul>
            {p.resolved.map((f) => (
              <li key={f.id} data-testid="resolved-finding" data-severity={f.severity}>
                <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>{' '}
                <MathInline text={truncateTex(f.description.split('\n')[0], 160)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
