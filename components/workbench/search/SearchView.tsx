'use client';

import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Tip } from '@/components/ui/Tip';
import { useLatestSearchId, useOpenAsRound, useSearch, useSearchControl } from '@/hooks/use-search';
import type { SearchView as View } from '@/lib/schemas';
import { fmtScore, fmtTokens } from '../format';
import { LineageTree } from './LineageTree';
import { PoolTable } from './PoolTable';
import styles from './search.module.css';

function Actions({ view, sessionId }: { view: View; sessionId: string }) {
  const act = useSearchControl(view.id, sessionId);
  const ended = !['running', 'paused'].includes(view.status);
  return (
    <div className={styles.actions}>
      {view.live ? (
        <Tip label="Finishes the requests in flight, stores them, then pauses">
          <button type="button" data-testid="search-pause" onClick={() => act.mutate('pause')}>
            Pause
          </button>
        </Tip>
      ) : null}
      {!view.live && !ended ? (
        <button type="button" data-testid="search-resume" onClick={() => act.mutate('resume')}>
          Resume
        </button>
      ) : null}
      {!ended ? (
        <button
          type="button"
          className="danger"
          data-testid="search-cancel"
          onClick={() => act.mutate('cancel')}
        >
          Cancel
        </button>
      ) : null}
      {act.error ? <span className="error">{act.error.message}</span> : null}
    </div>
  );
}

/** The live view of the session's latest search: pool, lineage, best proof so far. */
export function SearchView({
  sessionId,
  onOpened,
}: {
  sessionId: string;
  onOpened: (roundId: string) => void;
}) {
  const id = useLatestSearchId(sessionId);
  const { data: view } = useSearch(id);
  const open = useOpenAsRound(id, sessionId);
  if (!id) return <p className="muted">No search yet: press Search… to start one.</p>;
  if (!view) return <p className="muted">Loading search…</p>;
  const p = view.params;
  return (
    <div
      className={styles.view}
      data-testid="search-view"
      data-status={view.status}
      data-live={view.live}
    >
      <p>
        <strong data-testid="search-status">{view.status}</strong> · pool {p.pool} ×{' '}
        {p.verificationsPerProof} verifications · {p.iterations} iterations ·{' '}
        {view.candidates.length} proofs, {view.requests} requests,{' '}
        {fmtTokens(view.tokens.prompt + view.tokens.completion)} tokens
        {view.error ? <span className="error"> · {view.error}</span> : null}
      </p>
      <Actions view={view} sessionId={sessionId} />
      {view.best ? (
        <section className={styles.best} data-testid="search-best" data-mean={view.best.meanScore}>
          <h4>
            Best so far: #{view.best.ordinal} · mean {fmtScore(view.best.meanScore)}{' '}
            <button
              type="button"
              data-testid="open-as-round"
              disabled={open.isPending}
              onClick={() => open.mutate(undefined, { onSuccess: (r) => onOpened(r.roundId) })}
            >
              Open as round
            </button>
          </h4>
          {open.error ? <p className="error">{open.error.message}</p> : null}
          <div className={styles.bestProof}>
            <MathMarkdown text={view.best.proof} lineBreaks />
          </div>
        </section>
      ) : null}
      <section className={styles.side}>
        <h4>Pool</h4>
        <PoolTable candidates={view.candidates} planned={p.verificationsPerProof} />
        <h4>Lineage</h4>
        <LineageTree candidates={view.candidates} />
      </section>
    </div>
  );
}
