'use client';

import type { SessionDetail } from '@/lib/schemas';
import { AutopilotTokens } from './AutopilotTokens';
import { RoundDiff } from './RoundDiff';
import { RoundPrompts } from './RoundPrompts';
import styles from './rounds.module.css';
import { ScoreChart } from './ScoreChart';
import { UsagePanel } from './UsagePanel';

/** Across rounds: scores over time, a diff between any two rounds, and what it all cost. */
export function RoundsPanel({ session }: { session: SessionDetail }) {
  const version = `${session.updatedAt}:${session.runs[0]?.id}:${session.runs[0]?.status}`;
  return (
    <div className={styles.panel}>
      <div className={styles.top}>
        <section>
          <h3>Scores across rounds</h3>
          <ScoreChart rounds={session.rounds} />
          <h3>Prompts</h3>
          <RoundPrompts session={session} />
        </section>
        <section>
          <h3>Tokens, time and cost</h3>
          <UsagePanel sessionId={session.id} version={version} />
          <AutopilotTokens sessionId={session.id} version={version} />
        </section>
      </div>
      <h3>Diff</h3>
      <RoundDiff rounds={session.rounds} />
    </div>
  );
}
