'use client';

import { useState } from 'react';
import { ProofEditor } from '@/components/editor/ProofEditor';
import { GradePanel } from '@/components/grading/GradePanel';
import { MathInline } from '@/components/math/MathInline';
import { SessionTools } from '@/components/share/SessionTools';
import type { RunKind, SessionDetail } from '@/lib/schemas';
import { IncompleteMark } from './IncompleteMark';
import { InlineFindingBox } from './InlineFindingBox';
import { ProblemPane } from './ProblemPane';
import { ProofPreview } from './ProofPreview';
import { PipelineControls } from './pipeline/PipelineControls';
import { PipelineFindings } from './pipeline/PipelineFindings';
import { PipelineProgress } from './pipeline/PipelineProgress';
import { pipelineTabs } from './pipeline/pipeline-tabs';
import { RoundTimeline } from './RoundTimeline';
import { RunControls } from './RunControls';
import { RunStatusLine } from './RunStatusLine';
import { ScoreBadge } from './ScoreBadge';
import { OutputPanel, ReasoningPanel, SelfEvaluationPanel, SidePanel } from './SidePanel';
import { useCurrentRun } from './use-current-run';
import { useFindingsUi } from './use-findings-ui';
import { useSessionActions } from './use-session-actions';

/** The workbench for one session: problem, proof editor, findings, runs and rounds. */
export function WorkbenchView({ session }: { session: SessionDetail }) {
  const actions = useSessionActions(session.id);
  const run = useCurrentRun(session);
  const [selectedRoundId, setSelectedRoundId] = useState<string | null>(null);
  const latest = session.rounds.at(-1);
  const roundId = selectedRoundId ?? run.draftRoundId ?? latest?.id ?? null;
  const round = session.rounds.find((r) => r.id === roundId) ?? null;
  const streamingHere = run.draftRoundId !== null && roundId === run.draftRoundId;
  const fx = useFindingsUi(session.rounds, round, {
    decide: actions.decide.mutate,
    saveProof: actions.saveProof.mutate,
  });

  const start = (kind: RunKind) =>
    actions.startRun.mutate(
      { kind, roundId: kind === 'generate' ? undefined : (round?.id ?? undefined) },
      {
        onSuccess: (r) => {
          run.setStarted({ runId: r.runId, roundId: r.roundId, kind });
          if (kind !== 'verify') setSelectedRoundId(r.roundId);
        },
      },
    );
  const actionError = (actions.startRun.error ??
    actions.decide.error ??
    actions.saveProof.error) as Error | null;
  const selected = fx.findings.find((f) => f.id === fx.selectedId);
  const documentKey = `${roundId ?? 'none'}:${streamingHere ? 'live' : 'final'}`;
  // The editor's text, tagged with its document: until the editor reports on a new document,
  // the preview shows that document's stored text, never the previous one (or nothing).
  const [editorText, setEditorText] = useState({ key: '', text: '' });
  const [focusLine, setFocusLine] = useState(1);

  return (
    <main className="workbench">
      <div className="wb-header">
        <h1 className="session-title">
          <MathInline text={session.title} />
        </h1>
        <RoundTimeline rounds={session.rounds} selectedId={roundId} onSelect={setSelectedRoundId} />
        <SessionTools sessionId={session.id} />
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
            <IncompleteMark v={round?.verification} testId="verification-incomplete" />
            <ScoreBadge score={round?.selfScore ?? null} label="self" />
            {round?.truncated ? <span className="tag-warn">incomplete draft</span> : null}
            {actions.saveProof.isPending ? <span className="muted">Saving…</span> : null}
            {fx.notice ? <span className="error">{fx.notice}</span> : null}
          </div>
          <ProofEditor
            documentKey={documentKey}
            initialText={streamingHere ? '' : (round?.proof ?? '')}
            readOnly={streamingHere || !round}
            stream={streamingHere ? run.stream : null}
            findings={streamingHere ? [] : fx.findings}
            selectedFindingId={fx.selectedId}
            onSelectFinding={fx.setSelectedId}
            onPlacementsChange={fx.onPlacementsChange}
            onTextChange={(text) => setEditorText({ key: documentKey, text })}
            onFocusLine={setFocusLine}
            onReady={(api) => {
              fx.editorApi.current = api;
            }}
            onSave={
              round && !streamingHere
                ? (proof, placements) =>
                    actions.saveProof.mutate({ roundId: round.id, proof, placements })
                : undefined
            }
            renderZone={() =>
              selected ? (
                <InlineFindingBox
                  finding={selected}
                  onDecide={(d) => fx.decide(selected.id, d)}
                  onOverride={() => fx.override(selected.id)}
                />
              ) : null
            }
          />
          <ReasoningPanel reasoning={run.view.reasoning} live={run.live} />
        </section>
        <SidePanel
          top={
            <PipelineFindings
              findings={fx.findings}
              resolved={fx.resolved}
              verified={round?.score != null}
              live={fx.live}
              lifeOf={fx.lifeOf}
              selectedId={fx.selectedId}
              overridingId={fx.overridingId}
              onSelect={fx.setSelectedId}
              onDecide={fx.decide}
              onOverride={fx.override}
              onReanchor={(id) => void fx.reanchor(id)}
            />
          }
          tabs={[
            {
              id: 'preview',
              label: 'Preview',
              content: (
                <ProofPreview
                  text={
                    streamingHere
                      ? run.view.text
                      : editorText.key === documentKey
                        ? editorText.text
                        : (round?.proof ?? '')
                  }
                  streaming={streamingHere}
                  focusLine={focusLine}
                  findings={streamingHere ? [] : fx.findings}
                  live={fx.live}
                  selectedId={fx.selectedId}
                  onSelect={fx.setSelectedId}
                />
              ),
            },
            { id: 'output', label: 'Output', content: <OutputPanel text={run.view.text} /> },
            {
              id: 'self',
              label: 'Self-evaluation',
              content: <SelfEvaluationPanel text={round?.selfEvaluation ?? null} />,
            },
            {
              id: 'grade',
              label: 'Grade',
              content: <GradePanel sessionId={session.id} hasProof={!!latest?.proof.trim()} />,
            },
            ...pipelineTabs({ session, round, onOpenRound: setSelectedRoundId }),
          ]}
        />
      </div>
      <footer className="wb-footer">
        <RunControls
          busy={run.live || actions.startRun.isPending}
          hasProof={!!round?.proof.trim()}
          canStop={run.live && !!run.runId}
          onRun={start}
          onStop={() => run.runId && actions.stopRun.mutate(run.runId)}
          verifySamples={session.pipeline?.samples}
        />
        <PipelineControls
          session={session}
          round={round}
          busy={run.live || actions.startRun.isPending}
          onStarted={(r) => {
            run.setStarted(r);
            // Autopilot writes new rounds: follow the latest.
            if (r.kind === 'autopilot') setSelectedRoundId(null);
          }}
        />
        <RunStatusLine kind={run.kind} view={run.view} runId={run.runId} />
        <PipelineProgress sessionId={session.id} progress={run.view.progress} live={run.live} />
        {actionError ? (
          <span className="error" role="alert">
            {actionError.message}
          </span>
        ) : null}
      </footer>
    </main>
  );
}
