'use client';

import { useEffect, useState } from 'react';
import { ProofEditor } from '@/components/editor/ProofEditor';
import { GradePanel } from '@/components/grading/GradePanel';
import { MathInline } from '@/components/math/MathInline';
import { SessionTools } from '@/components/share/SessionTools';
import type { RunKind, SessionDetail } from '@/lib/schemas';
import { IncompleteMark } from './IncompleteMark';
import { InlineFindingBox } from './InlineFindingBox';
import { LiveReport } from './LiveReport';
import { ProblemPane } from './ProblemPane';
import { ProofPreview } from './ProofPreview';
import { PipelineControls } from './pipeline/PipelineControls';
import { PipelineFindings } from './pipeline/PipelineFindings';
import { PipelineProgress } from './pipeline/PipelineProgress';
import { pipelineTabs } from './pipeline/pipeline-tabs';
import { RefineAsk } from './RefineAsk';
import { RoundTimeline } from './RoundTimeline';
import { RunControls } from './RunControls';
import { RunStatusLine } from './RunStatusLine';
import { ScoreBadge } from './ScoreBadge';
import { OutputPanel, ReasoningPanel, SelfEvaluationPanel, SidePanel } from './SidePanel';
import { useCurrentRun } from './use-current-run';
import { useFindingsUi } from './use-findings-ui';
import { useProofEditing } from './use-proof-editing';
import { useRefineAsk } from './use-refine-ask';
import { useRoundOutputs } from './use-round-outputs';
import { useSessionActions } from './use-session-actions';

/** The workbench for one session: problem, proof editor, findings, runs and rounds. */
export function WorkbenchView({ session }: { session: SessionDetail }) {
  const actions = useSessionActions(session.id);
  const run = useCurrentRun(session);
  const edit = useProofEditing(
    session,
    run.runId ? { runId: run.runId, roundId: run.roundId, kind: run.kind, live: run.live } : null,
  );
  const latest = session.rounds.at(-1);
  const { roundId, streaming: streamingHere, documentKey } = edit.view;
  const round = edit.round;
  const setSelectedRoundId = edit.pick;
  const fx = useFindingsUi(session.rounds, round, {
    decide: actions.decide.mutate,
    confirmKeepNote: (note) =>
      window.confirm(`Keep your note with the new decision?\n\n“${note.slice(0, 200)}”`),
    saveProof: (v) => void edit.save(v.roundId, v.proof, v.placements).catch(() => {}),
  });

  // Every run reads the proof as the editor shows it at the click: save, wait, then start.
  const start = async (kind: RunKind) => {
    const target = await edit.flush().catch(() => undefined);
    if (target === undefined) return;
    actions.startRun.mutate(
      { kind, roundId: kind === 'generate' ? undefined : (target ?? undefined) },
      {
        onSuccess: (r) => {
          run.setStarted({ runId: r.runId, roundId: r.roundId, kind });
          edit.runStarted(r.roundId, kind);
        },
      },
    );
  };
  const refineAsk = useRefineAsk(round?.findings ?? [], {
    start,
    accept: (id) => actions.decide.mutateAsync({ id, decision: 'accepted' }),
    select: fx.setSelectedId,
  });
  // "A run is already in progress" stops being true when that run ends: clear it then.
  const { reset: clearStartError } = actions.startRun;
  useEffect(() => {
    if (!run.live) clearStartError();
  }, [run.live, clearStartError]);
  const actionError = (actions.startRun.error ??
    actions.decide.error ??
    edit.error) as Error | null;
  const selected = fx.findings.find((f) => f.id === fx.selectedId);
  const outputs = useRoundOutputs(roundId, round, session.runs, run);
  const verifyingHere =
    run.live && (run.kind === 'verify' || run.kind === 'meta-verify') && run.roundId === roundId;
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
            {edit.saving ? <span className="muted">Saving…</span> : null}
            {fx.notice ? <span className="error">{fx.notice}</span> : null}
          </div>
          <ProofEditor
            documentKey={documentKey}
            initialText={edit.view.text}
            readOnly={edit.view.readOnly}
            stream={streamingHere ? run.stream : null}
            findings={streamingHere ? [] : fx.findings}
            selectedFindingId={selected && !streamingHere ? selected.id : null}
            onSelectFinding={fx.setSelectedId}
            onPlacementsChange={fx.onPlacementsChange}
            onTextChange={(text) => setEditorText({ key: documentKey, text })}
            onFocusLine={setFocusLine}
            onReady={(api) => {
              fx.editorApi.current = api;
              edit.editorApi.current = api;
            }}
            onEdit={edit.onEdit}
            onSave={
              roundId && !edit.view.readOnly
                ? (proof, placements, options) => edit.save(roundId, proof, placements, options)
                : undefined
            }
            renderZone={() =>
              selected ? (
                <InlineFindingBox
                  finding={selected}
                  overriding={fx.zoneOverridingId === selected.id}
                  onDecide={(d, note) => fx.decide(selected.id, d, note)}
                  onOverride={(open) => fx.override(open ? selected.id : null, 'zone')}
                />
              ) : null
            }
          />
          <ReasoningPanel reasoning={outputs.draft.reasoning} live={outputs.draft.live} />
        </section>
        <SidePanel
          top={
            <>
              {verifyingHere ? (
                <LiveReport text={run.view.text} progress={run.view.progress} />
              ) : null}
              <PipelineFindings
                verifying={verifyingHere}
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
            </>
          }
          tabs={[
            {
              id: 'preview',
              label: 'Preview',
              content: (
                <ProofPreview
                  text={
                    streamingHere
                      ? run.view.proof
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
            {
              id: 'output',
              label: 'Output',
              content: <OutputPanel text={outputs.draft.text} report={outputs.report.text} />,
            },
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
      {refineAsk.open ? (
        <RefineAsk
          undecided={refineAsk.undecided}
          onChoose={(c) => void refineAsk.choose(c)}
          onClose={refineAsk.close}
        />
      ) : null}
      <footer className="wb-footer">
        <RunControls
          busy={run.live || actions.startRun.isPending}
          hasProof={!!round?.proof.trim()}
          canStop={run.live && !!run.runId}
          onRun={refineAsk.run}
          onStop={() => run.runId && actions.stopRun.mutate(run.runId)}
          verifySamples={session.pipeline?.samples}
        />
        <PipelineControls
          session={session}
          round={round}
          busy={run.live || actions.startRun.isPending}
          prepare={edit.flush}
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
