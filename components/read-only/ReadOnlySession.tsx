import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { ReadOnlyRound, ReadOnlyView } from '@/lib/proof-view/read-only-view';
import { GradeSummary } from './GradeSummary';
import { ProofWithFindings } from './ProofWithFindings';
import styles from './read-only.module.css';

const score = (r: ReadOnlyRound) =>
  r.score === null
    ? 'not verified'
    : `verifier score ${r.score}${r.scoreNote ? `: ${r.scoreNote}` : ''}`;

function RoundHeading({ round }: { round: ReadOnlyRound }) {
  return (
    <h2>
      Proof · round {round.index}{' '}
      <span className={styles.muted}>
        ({score(round)}
        {round.truncated ? ', incomplete draft' : ''})
      </span>
      {round.prompt ? (
        <span className={styles.prompt} data-testid="view-prompt">
          prompt: {round.prompt}
        </span>
      ) : null}
    </h2>
  );
}

/**
 * A whole session, read-only: the problem, the final proof with its findings and decisions,
 * the grades, and earlier rounds folded away. It renders on the server and needs no script;
 * `links` are the only ways out (e.g. to the replay of the same session).
 */
export function ReadOnlySession({
  view,
  links,
  print = false,
}: {
  view: ReadOnlyView;
  links?: React.ReactNode;
  /** For print and PDF: earlier rounds open, since a folded round does not print. */
  print?: boolean;
}) {
  const final = view.rounds.at(-1);
  const earlier = view.rounds.slice(0, -1).reverse();
  return (
    <article className={styles.session} data-testid="read-only-session">
      <header className={styles.header}>
        <h1>
          <MathInline text={view.title} />
        </h1>
        {links ? <nav className={styles.links}>{links}</nav> : null}
      </header>
      <section>
        <h2>Problem</h2>
        <div className={styles.problem} data-testid="view-problem">
          <MathMarkdown text={view.problem} />
        </div>
      </section>
      {final ? (
        <section data-testid="view-final-round" data-round-index={final.index}>
          <RoundHeading round={final} />
          <ProofWithFindings proof={final.proof} findings={final.findings} />
        </section>
      ) : (
        <p className={styles.muted}>No proof has been written yet.</p>
      )}
      <GradeSummary grade={view.grade} />
      {earlier.length ? (
        <section className={styles.earlier}>
          <h2>Earlier rounds</h2>
          {earlier.map((r) => (
            <details
              key={r.index}
              open={print}
              data-testid="view-earlier-round"
              data-round-index={r.index}
            >
              <summary>
                Round {r.index} · {score(r)} · {r.findings.length} finding
                {r.findings.length === 1 ? '' : 's'}
                {r.prompt ? ` · prompt: ${r.prompt}` : ''}
              </summary>
              <ProofWithFindings proof={r.proof} findings={r.findings} />
            </details>
          ))}
        </section>
      ) : null}
    </article>
  );
}
