import type { RoundOutline } from '@/lib/schemas';
import styles from './outline.module.css';

/**
 * What the references say about the proof: labels cited but defined nowhere (dangling), and
 * lemmas cited before they are proved (forward: legal, but worth a look). Each jumps to its line.
 */
export function ReferenceNotes({
  outline,
  onLine,
}: {
  outline: Pick<RoundOutline, 'dangling' | 'forward'>;
  onLine: (line: number) => void;
}) {
  if (!outline.dangling.length && !outline.forward.length) return null;
  return (
    <div className={styles.notes}>
      {outline.dangling.length ? (
        <p data-testid="outline-dangling">
          <span className={styles.noteHead}>Dangling references</span>
          {outline.dangling.map((d) => (
            <button
              type="button"
              key={`${d.label}@${d.line}`}
              className={styles.noteItem}
              data-testid="outline-dangling-item"
              title="Cited here, but defined nowhere in the proof"
              onClick={() => onLine(d.line)}
            >
              {d.label} · L{d.line}
            </button>
          ))}
        </p>
      ) : null}
      {outline.forward.length ? (
        <p data-testid="outline-forward">
          <span className={styles.noteHead}>Cited before proved</span>
          {outline.forward.map((f) => (
            <button
              type="button"
              key={`${f.nodeId}@${f.line}`}
              className={styles.noteItem}
              data-kind="forward"
              onClick={() => onLine(f.line)}
            >
              {f.label} · L{f.line}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}
