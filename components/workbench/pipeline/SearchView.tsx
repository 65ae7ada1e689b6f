'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Tip } from '@/components/ui/Tip';
import { queryKeys } from '@/lib/client/api';
import { pipelineApi, pipelineKeys } from '@/lib/client/pipeline-api';
import type { SearchView as View } from '@/lib/schemas';
import { fmtScore, fmtTokens } from './format';
import { LineageTree } from './LineageTree';
import { PoolTable } from './PoolTable';

function Actions({
  view,
  sessionId,
  onOpened,
}: {
  view: View;
  sessionId: string;
  onOpened: (roundId: string) => void;
}) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: pipelineKeys.search(view.id) });
    void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
  };
  const act = useMutation({
    mutationFn: async (what: 'pause' | 'resume' | 'cancel' | 'open') => {
      if (what === 'pause') return pipelineApi.pauseSearch(view.id);
      if (what === 'cancel') return pipelineApi.cancelSearch(view.id);
      if (what === 'resume') return pipelineApi.resumeSearch(view.id);
      const { roundId } = await pipelineApi.openAsRound(view.id);
      onOpened(roundId);
      return { roundId };
    },
    onSettled: refresh,
  });
  const ended = !['running', 'paused'].includes(view.status);
  return (
    <div className="search-actions">
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
      {act.error ? <span className="error">{(act.error as Error).message}</span> : null}
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
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: pipelineKeys.searches(sessionId),
    queryFn: () => pipelineApi.searches(sessionId),
  });
  const id = list.data?.searches[0]?.id ?? null;
  const { data: view } = useQuery({
    queryKey: pipelineKeys.search(id ?? ''),
    queryFn: () => pipelineApi.search(id as string),
    enabled: !!id,
    refetchInterval: (q) =>
      q.state.data?.live || q.state.data?.status === 'running' ? 1000 : false,
  });
  const open = useMutation({
    mutationFn: () => pipelineApi.openAsRound(id as string),
    onSuccess: ({ roundId }) => {
      void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
      onOpened(roundId);
    },
  });
  if (!id) return <p className="muted">No search yet: press Search… to start one.</p>;
  if (!view) return <p className="muted">Loading search…</p>;
  const p = view.params;
  return (
    <div
      className="search-view"
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
      <Actions view={view} sessionId={sessionId} onOpened={onOpened} />
      {view.best ? (
        <section className="search-best" data-testid="search-best" data-mean={view.best.meanScore}>
          <h4>
            Best so far: #{view.best.ordinal} · mean {fmtScore(view.best.meanScore)}{' '}
            <button
              type="button"
              data-testid="open-as-round"
              disabled={open.isPending}
              onClick={() => open.mutate()}
            >
              Open as round
            </button>
          </h4>
          {open.error ? <p className="error">{(open.error as Error).message}</p> : null}
          <div className="best-proof">
            <MathMarkdown text={view.best.proof} lineBreaks />
          </div>
        </section>
      ) : null}
      <section className="search-side">
        <h4>Pool</h4>
        <PoolTable candidates={view.candidates} planned={p.verificationsPerProof} />
        <h4>Lineage</h4>
        <LineageTree candidates={view.candidates} />
      </section>
    </div>
  );
}
