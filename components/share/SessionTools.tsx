'use client';

import Link from 'next/link';
import { SharePanel } from './SharePanel';
import styles from './share.module.css';

const FORMATS = [
  ['md', 'Markdown'],
  ['tex', 'LaTeX'],
  ['pdf', 'PDF (print)'],
  ['json', 'JSON (whole session)'],
] as const;

/** Export, share and replay for one session, in a compact menu beside its title. */
export function SessionTools({ sessionId }: { sessionId: string }) {
  const id = encodeURIComponent(sessionId);
  return (
    <div className={styles.tools}>
      <details className={styles.menu}>
        <summary data-testid="export-menu">Export</summary>
        <ul>
          {FORMATS.map(([format, label]) => (
            <li key={format}>
              <a
                href={`/api/sessions/${id}/export?format=${format}`}
                data-testid={`export-${format}`}
                {...(format === 'pdf' ? { target: '_blank', rel: 'noopener' } : { download: true })}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <details className={styles.menu}>
        <summary data-testid="share-menu">Share</summary>
        <SharePanel sessionId={sessionId} />
      </details>
      <Link href={`/sessions/${id}/replay`} data-testid="replay-link" className={styles.replay}>
        Replay
      </Link>
    </div>
  );
}
