import { ReplyList } from '@/components/findings/ReplyThread';
import { SourceMark } from '@/components/findings/SourceMark';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { ReadOnlyFinding } from '@/lib/proof-view/read-only-view';
import styles from './read-only.module.css';

const SEVERITY: Record<string, string> = {
  critical: 'Critical error',
  gap: 'Justification gap',
  minor: 'Minor issue',
};

const DECISION: Record<string, string> = {
  pending: 'undecided',
  accepted: 'accepted',
  overridden: 'overridden',
  dismissed: 'dismissed',
};

function where(f: ReadOnlyFinding): string {
  if (!f.lines) return 'whole proof';
  return f.lines.start === f.lines.end ? `L${f.lines.start}` : `L${f.lines.start}–${f.lines.end}`;
}

/**
 * One finding, read-only: what the verifier (or a person) said, what the person decided, and
 * the thread under it. No buttons:
 * it is used on shared pages, in print and in replay.
 */
export function FindingNote({
  finding: f,
  number,
  showDecision = true,
}: {
  finding: ReadOnlyFinding;
  number?: number;
  showDecision?: boolean;
}) {
  return (
    <aside
      className={`${styles.finding} ${styles[`sev_${f.severity}`] ?? ''}`}
      data-testid="view-finding"
      data-severity={f.severity}
      data-decision={f.decision}
      data-source={f.source}
      data-start-line={f.lines?.start ?? ''}
      data-end-line={f.lines?.end ?? ''}
    >
      <div className={styles.findingHead}>
        {number !== undefined ? <span className={styles.number}>{number}</span> : null}
        <strong>{SEVERITY[f.severity] ?? f.severity}</strong>
        <SourceMark source={f.source} />
        <span className={styles.muted}>{where(f)}</span>
        {f.category ? <span className="tag">{f.category}</span> : null}
        {showDecision ? (
          <span className={`${styles.decision} ${styles[`dec_${f.decision}`] ?? ''}`}>
            {DECISION[f.decision] ?? f.decision}
          </span>
        ) : null}
      </div>
      <MathMarkdown text={f.description} />
      {f.suggestion.trim() ? (
        <div className={styles.suggestion}>
          <em>Suggested fix: </em>
          <MathMarkdown text={f.suggestion} />
        </div>
      ) : null}
      {showDecision && f.note.trim() ? (
        <div className={styles.note}>
          <em>Reviewer’s note: </em>
          <MathMarkdown text={f.note} />
        </div>
      ) : null}
      {showDecision ? <ReplyList replies={f.replies} /> : null}
    </aside>
  );
}
