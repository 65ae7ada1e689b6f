'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ProofEditor } from '@/components/editor/ProofEditor';
import { MathInline } from '@/components/math/MathInline';
import { api, queryKeys } from '@/lib/client/api';
import { type RunStatus, TERMINAL_STATUSES } from '@/lib/schemas';
import { FindingsPanel } from './FindingsPanel';
import { ProblemPane } from './ProblemPane';
import { RoundTimeline } from './RoundTimeline';
import { RunControls } from './RunControls';
import { RunStatusLine } from './RunStatusLine';
import { ScoreBadge } from './ScoreBadge';
import { OutputPanel, ReasoningPanel, SelfEvaluationPanel, SidePanel } from './SidePanel';
import { useRunStream } from './use-run-stream';
import { useSessionActions } from './use-session-actions';

/** The workbench for one session: problem, proof editor, findings, runs and rounds. */
export function Workbench({ sessionId }: { sessionId: string }) {
  const qc = useQueryClient();
  const key = queryKeys.session(sessionId);
  const { data: session, error } = useQuery({
    queryKey: key,
    queryFn: () => api.getSession(sessionId),
  });
  const actions = useSessionActions(sessionId);
  const [selectedRoundId, setSelectedRoundId] = useState<string | null>(null);
  const [selectedFindingId, setSelectedFindingId] = useState<string | null>(null);
  const [started, setStarted] = useState<{ runId: string; roundId: string; kind: string } | null>(
    null,
  );

  const runId = started?.runId ?? session?.activeRunId ?? session?.runs[0]?.id ?? null;
  const { view, stream } = useRunStream(runId, (_status: RunStatus) => {
    void qc.invalidateQueries({ queryKey: key });
  });

  if (error)
    return (
      <main className="page">
        <p className="error" role="alert">
          {(error as Error).message}
        </p>
      </main>
    );
  if (!session)
    return (
      <main className="page">
        <p className="muted">Loading session…</p>
      </main>
    );

  const runSummary = session.runs.find((r) => r.id === runId);
  const runKind = runSummary?.kind ?? (started?.runId === runId ? started.kind : null);
  const runLive = runSummary
    ? !TERMINAL_STATUSES.includes(runSummary.status as RunStatus)
    : started?.runId === runId;
  const liveRoundId = runSummary?.roundId ?? started?.roundId ?? null;
  const draftLive = runLive && (runKind === 'generate' || runKind === 'refine');
  const latest = session.rounds.at(-1);
  const roundId = selectedRoundId ?? (draftLive ? liveRoundId : null) ?? latest?.id ?? null;
  const round = session.rounds.find((r) => r.id === roundId) ?? null;
  const streamingHere = draftLive && roundId === liveRoundId;

  const run = (kind: 'generate' | 'verify' | 'refine') =>
    actions.startRun.mutate(
      { kind, roundId: kind === 'generate' ? undefined : (round?.id ?? undefined) },
      {
        onSuccess: (r) => {
          setStarted({ runId: r.runId, roundId: r.roundId, kind });
          if (kind !== 'verify') setSelectedRoundId(r.roundId);
        },
      },
    );

  const findings = round?.findings ?? [];
  const actionError = (actions.startRun.error ??
    actions.decide.error ??
    actions.saveProof.error) as Error | null;

  return (
    <main className="workbench">
      <div className="wb-header">
        <h1 className="session-title">
          <MathInline text={session.title} />
        </h1>
        <RoundTimeline rounds={session.rounds} selectedId={roundId} onSelect={setSelectedRoundId} />
      </div>
      <ProblemPane
        problem={session.problem}
        saving={actions.saveProblem.isPending}
        error={(actions.saveProblem.error as Error | null)?.message ?? null}
        onSave={(p) => actions.saveProblem.mutate(p)}
      />
      <div className="wb-main">
        <section className="editor-pane" aria-label="Proof">
          <div className="pane-head">
            <h2>Proof {round ? `· R${round.index}` : ''}</h2>
            <ScoreBadge score={round?.score ?? null} label="verifier" testId="score-badge" />
            <ScoreBadge score={round?.selfScore ?? null} label="self" />
            {round?.truncated ? <span className="tag-warn">incomplete draft</span> : null}
            {actions.saveProof.isPending ? <span className="muted">Saving…</span> : null}
          </div>
          <ProofEditor
            documentKey={`${roundId ?? 'none'}:${streamingHere ? 'live' : 'final'}`}
            initialText={streamingHere ? '' : (round?.proof ?? '')}
            readOnly={streamingHere || !round}
            stream={streamingHere ? stream : null}
            findings={streamingHere ? [] : findings}
            selectedFindingId={selectedFindingId}
            onSelectFinding={setSelectedFindingId}
            onSave={
              round && !streamingHere
                ? (proof) => actions.saveProof.mutate({ roundId: round.id, proof })
                : undefined
            }
          />
          <ReasoningPanel reasoning={view.reasoning} live={runLive} />
        </section>
        <SidePanel
          tabs={[
            {
              id: 'findings',
              label: `Findings (${findings.length})`,
              content: (
                <FindingsPanel
                  findings={findings}
                  verified={round?.score != null}
                  selectedId={selectedFindingId}
                  onSelect={setSelectedFindingId}
                  onDecide={(id, decision, note) => actions.decide.mutate({ id, decision, note })}
                />
              ),
            },
            { id: 'output', label: 'Output', content: <OutputPanel text={view.text} /> },
            {
              id: 'self',
              label: 'Self-evaluation',
              content: <SelfEvaluationPanel text={round?.selfEvaluation ?? null} />,
            },
          ]}
        />
      </div>
      <footer className="wb-footer">
        <RunControls
          busy={runLive || actions.startRun.isPending}
          hasProof={!!round?.proof.trim()}
          canStop={runLive && !!runId}
          onRun={run}
          onStop={() => runId && actions.stopRun.mutate(runId)}
        />
        <RunStatusLine kind={runKind} view={view} />
        {actionError ? (
          <span className="error" role="alert">
            {actionError.message}
          </span>
        ) : null}
      </footer>
    </main>
  );
}
