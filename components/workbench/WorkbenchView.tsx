'use client';

import { memo, useEffect, useState } from 'react';
import { useShortcuts } from '@/components/keys/use-shortcut';
import { waitingForModelServer } from '@/hooks/server-wait';
import { usePersonFindings } from '@/hooks/use-person-findings';
import { useSessionActions } from '@/hooks/use-session-actions';
import { refinedInto } from '@/lib/findings/person-lock';
import type { RunKind, SessionDetail } from '@/lib/schemas';
import { EditorPane } from './layout/EditorPane';
import frameStyles from './layout/frame.module.css';
import { RunDrawer } from './layout/RunDrawer';
import { SideTabs } from './layout/SideTabs';
import { useWorkbenchFrame } from './layout/use-workbench-frame';
import { WorkbenchFooter } from './layout/WorkbenchFooter';
import { WorkbenchHeader } from './layout/WorkbenchHeader';
import { WorkbenchPanels } from './layout/WorkbenchPanels';
import { PersonFindingDialog } from './PersonFindingDialog';
import { ProblemPane } from './ProblemPane';
import type { PersonControls } from './person-controls';
import { roundPrompts } from './prompts/round-prompts';
import { RefineAsk } from './RefineAsk';
import { RoundsPanel } from './rounds/RoundsPanel';
import { SearchView } from './search/SearchView';
import { useCurrentRun } from './use-current-run';
import { useFindingDialog } from './use-finding-dialog';
import { useFindingLink } from './use-finding-link';
import { useFindingsUi } from './use-findings-ui';
import { usePartRuns } from './use-part-runs';
import { useProofEditing } from './use-proof-editing';
import { useRefineAsk } from './use-refine-ask';
import { useRoundOutputs } from './use-round-outputs';

/**
 * The workbench for one session: problem, proof editor, findings, runs and rounds. Memoised:
 * while a new session renders deferred (see Workbench), the urgent render must not redo
 * this whole tree with the old one.
 */
export const WorkbenchView = memo(function WorkbenchView({ session }: { session: SessionDetail }) {
  const run = useCurrentRun(session);
  const edit = useProofEditing(
    session,
    run.runId
      ? {
          runId: run.runId,
          roundId: run.roundId,
          kind: run.kind,
          live: run.live,
          nodeId: run.nodeId,
        }
      : null,
  );
  // Every run reads the proof as the editor shows it at the click: its edit is saved first.
  const actions = useSessionActions(session.id, edit.flush);
  const latest = session.rounds.at(-1);
  const { roundId, streaming: streamingHere, documentKey } = edit.view;
  const round = edit.round;
  const setSelectedRoundId = edit.pick;
  const fx = useFindingsUi(session.rounds, edit.findingsRound, {
    decide: actions.decide.mutate,
    confirmKeepNote: (note) =>
      window.confirm(`Keep your note with the new decision?\n\n“${note.slice(0, 200)}”`),
    saveProof: (v) => void edit.save(v.roundId, v.proof, v.placements).catch(() => {}),
    flushEdits: () => edit.flush(),
  });
  const frame = useWorkbenchFrame(session.rounds.length > 0);
  const person = usePersonFindings(session.id);
  const refined = round ? refinedInto(session.rounds, round.id) : null;
  const addBlocked = !round?.proof.trim()
    ? 'Add a finding once there is a proof'
    : streamingHere || edit.view.readOnly
      ? 'Add a finding once the draft has finished'
      : refined !== null
        ? `This round was refined into round ${refined}: add findings there`
        : null;
  const dialog = useFindingDialog({
    roundId,
    blocked: addBlocked,
    editorApi: edit.editorApi,
    flushEdits: edit.flush,
    person,
    select: fx.setSelectedId,
  });
  const personControls: PersonControls = {
    editable: refined === null,
    reply: (id, text, decision) =>
      person.reply
        .mutateAsync({ id, input: { text, decision } })
        .then(() => true)
        .catch(() => false),
    replyBusy: person.reply.isPending,
    replyError: (person.reply.error as Error | null)?.message ?? null,
    edit: dialog.openEdit,
    remove: (f) => {
      if (window.confirm('Delete your finding? Its replies go with it.'))
        person.remove.mutate(f.id);
    },
  };

  const start = async (kind: RunKind, part?: { roundId: string; nodeId: string }) => {
    const onPart = part && (kind === 'verify' || kind === 'refine');
    actions.startRun.mutate(onPart ? { kind, ...part } : { kind }, {
      onSuccess: (r) => {
        const nodeId = onPart ? part.nodeId : null;
        run.setStarted({ runId: r.runId, roundId: r.roundId, kind, nodeId });
        if (r.roundId) edit.runStarted(r.roundId, kind, nodeId);
      },
    });
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
    person.remove.error ??
    edit.error) as Error | null;
  const outputs = useRoundOutputs(roundId, round, session.runs, run);
  // The live report gives way to the stored findings as soon as the run has ended.
  const verifyingHere =
    run.live &&
    !run.streamEnded &&
    (run.kind === 'verify' || run.kind === 'meta-verify') &&
    run.roundId === roundId;
  // The parser the verifier's prompt set names (known once the run's prompt is recorded).
  const verifyParser =
    session.runs.find((r) => r.id === run.runId)?.prompts?.find((p) => p.purpose === 'verify')
      ?.parser ?? null;
  const busy = run.live || actions.startRun.isPending;
  const hasProof = !!round?.proof.trim();
  const stop = () => run.runId && actions.stopRun.mutate(run.runId);
  useShortcuts({
    generate: busy ? undefined : () => refineAsk.run('generate'),
    verify: busy || !hasProof ? undefined : () => refineAsk.run('verify'),
    refine: busy || !hasProof ? undefined : () => refineAsk.run('refine'),
    stop: run.live && run.runId ? stop : undefined,
    problem: frame.toggleProblem,
    drawer: frame.view === 'proof' ? () => frame.toggleDrawer() : undefined,
    viewProof: () => frame.setView('proof'),
    viewRounds: () => frame.setView('rounds'),
    viewSearch: () => frame.setView('search'),
    addFinding: frame.view === 'proof' && !addBlocked ? () => dialog.openAdd() : undefined,
  });
  const openRound = (id: string) => {
    setSelectedRoundId(id);
    frame.setView('proof');
  };
  const parts = usePartRuns({
    session,
    run,
    roundId: hasProof && !streamingHere ? roundId : null,
    start: (kind, part) => void start(kind, part),
    open: openRound,
  });
  useFindingLink(session.rounds, openRound, fx.setSelectedId);
  // The editor's text, tagged with its document: until the editor reports on a new document,
  // the preview shows that document's stored text, never the previous one (or nothing).
  const [editorText, setEditorText] = useState({ key: '', text: '' });
  const [focusLine, setFocusLine] = useState(1);
  // Nothing streams yet because the model server is waited for: the drawer and the findings
  // say so rather than "Streaming" or "still being written".
  const serverWait = waitingForModelServer(run.view);
  const previewText = streamingHere
    ? run.view.proof
    : editorText.key === documentKey
      ? editorText.text
      : (round?.proof ?? '');

  return (
    <main className={frameStyles.workbench} data-view={frame.view}>
      <WorkbenchHeader
        title={session.title}
        sessionId={session.id}
        rounds={session.rounds}
        selectedRoundId={roundId}
        onSelectRound={openRound}
        view={frame.view}
        onView={frame.setView}
      />
      <ProblemPane
        problem={session.problem}
        saving={actions.saveProblem.isPending}
        error={(actions.saveProblem.error as Error | null)?.message ?? null}
        onSave={(p) => actions.saveProblem.mutate(p)}
        collapsed={frame.problemCollapsed}
        onToggle={frame.toggleProblem}
      />
      <div className={frameStyles.body}>
        {frame.view === 'proof' ? (
          <WorkbenchPanels
            drawerRef={frame.drawerRef}
            onDrawerCollapsedChange={frame.setDrawerCollapsed}
            editor={
              <EditorPane
                round={round}
                documentKey={documentKey}
                streamingHere={streamingHere}
                stream={run.stream}
                fx={fx}
                edit={edit}
                onTextChange={(text) => setEditorText({ key: documentKey, text })}
                onFocusLine={setFocusLine}
                dialog={dialog}
                addBlocked={addBlocked}
                person={personControls}
              />
            }
            drawer={
              <RunDrawer
                collapsed={frame.drawerCollapsed}
                onToggle={frame.toggleDrawer}
                content={{
                  draft: outputs.draft,
                  report: outputs.report,
                  selfEvaluation: round?.selfEvaluation ?? null,
                  hasRound: round !== null,
                  origin: round?.origin ?? null,
                  waits: serverWait,
                  prompts: roundPrompts(round, session.runs),
                  sessionId: session.id,
                }}
              />
            }
            side={
              <SideTabs
                session={session}
                round={round}
                fx={fx}
                preview={{ text: previewText, streaming: streamingHere, focusLine }}
                draftWaits={streamingHere && serverWait !== null}
                verifying={verifyingHere ? { ...run.view, parser: verifyParser } : null}
                hasProof={!!latest?.proof.trim()}
                person={personControls}
                onSelectLines={(start, end) => edit.editorApi.current?.selectLines(start, end)}
                busy={busy}
                parts={parts}
              />
            }
          />
        ) : frame.view === 'rounds' ? (
          <section className={frameStyles.fullView} aria-label="Rounds" data-testid="rounds-view">
            <RoundsPanel session={session} />
          </section>
        ) : (
          <section
            className={frameStyles.fullView}
            aria-label="Search"
            data-testid="search-fullview"
          >
            <SearchView sessionId={session.id} onOpened={openRound} />
          </section>
        )}
      </div>
      <WorkbenchFooter
        session={session}
        round={round}
        run={run}
        busy={busy}
        hasProof={hasProof}
        onRun={refineAsk.run}
        onStop={stop}
        prepare={edit.flush}
        onLaunched={(r) => {
          run.setStarted(r);
          // Autopilot writes new rounds: follow the latest.
          if (r.kind === 'autopilot') setSelectedRoundId(null);
        }}
        error={actionError}
      />
      <PersonFindingDialog dialog={dialog} />
      {refineAsk.open ? (
        <RefineAsk
          undecided={refineAsk.undecided}
          onChoose={(c) => void refineAsk.choose(c)}
          onClose={refineAsk.close}
        />
      ) : null}
    </main>
  );
});
