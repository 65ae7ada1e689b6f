import Link from 'next/link';
import type { SearchMatch } from '@/lib/schemas';
import styles from './home.module.css';

const OPEN = '\u0002';
const CLOSE = '\u0003';
const KIND: Record<SearchMatch['kind'], string> = {
  problem: 'Problem',
  proof: 'Proof',
  finding: 'Finding',
  note: 'Note',
};

/** Where the search matched in a session: its source text with the words marked (never run as markup). */
export function MatchSnippet({ sessionId, match }: { sessionId: string; match: SearchMatch }) {
  const href = match.findingId
    ? `/sessions/${sessionId}?finding=${encodeURIComponent(match.findingId)}`
    : `/sessions/${sessionId}`;
  // Split on the marks the server put around the matched words: odd pieces are matches.
  const pieces = match.snippet.split(new RegExp(`[${OPEN}${CLOSE}]`));
  return (
    <Link href={href} className={styles.match} data-testid="session-match" data-kind={match.kind}>
      <span className={styles.matchKind}>
        {KIND[match.kind]}
        {match.roundIndex !== null ? ` R${match.roundIndex}` : ''}
      </span>{' '}
      {pieces.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}
    </Link>
  );
}
