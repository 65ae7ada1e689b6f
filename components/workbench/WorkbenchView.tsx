'use client';

import { useState } from 'react';
import { useShortcuts } from '@/components/keys/use-shortcut';
import type { RunKind, SessionDetail } from '@/lib/schemas';
import { EditorPane } from './layout/EditorPane';
import { RunDrawer } from './layout/RunDrawer';
import { SideTabs } from './layout/SideTabs';
import { useWorkbenchFrame } from './layout/use-workbench-frame';
import { WorkbenchFooter } from './layout/WorkbenchFooter';
import { WorkbenchHeader } from './layout/WorkbenchHeader';
import { WorkbenchPanels } from './layout/WorkbenchPanels';
import { ProblemPane } from './ProblemPane';
import { RoundsPanel } from './pipeline/RoundsPanel';
import { SearchView } from './pipeline/SearchView';
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
  const frame = useWorkbenchFrame(session.rounds.length > 0);

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
  const busy = run.live || actions.startRun.isPending;
  const hasProof = !!round?.proof.trim();
  const stop = () => run.runId && actions.stopRun.mutate(run.runId);
  useShortcuts({
    generate: busy ? undefined : () => start('generate'),
    verify: busy || !hasProof ? undefined : () => start('verify'),
    refine: busy || !hasProof ? undefined : () => start('refine'),
    stop: run.live && run.runId ? stop : undefined,
    problem: frame.toggleProblem,
    drawer: frame.view === 'proof' ? () => frame.toggleDrawer() : undefined,
    viewProof: () => frame.setView('proof'),
    viewRounds: () => frame.setView('rounds'),
    viewSearch: () => frame.setView('search'),
  });
  const openRound = (id: string) => {
    setSelectedRoundId(id);
    frame.setView('proof');
  };
  // The editor's text, tagged with its document: until the editor reports on a new document,
  // the preview shows that document's stored text, never the previous one (or nothing).
  const documentKey = `${roundId ?? 'none'}:${streamingHere ? 'live' : 'final'}`;
  const [editorText, setEditorText] = useState({ key: '', text: '' });
  const [focusLine, setFocusLine] = useState(1);
  const previewText = streamingHere
    ? run.view.text
    : editorText.key === documentKey
      ? editorText.text
      : (round?.proof ?? '');

  return (
    <main className="workbench" data-view={frame.view}>
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
      <div className="wb-body">
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
                saving={actions.saveProof.isPending}
                onTextChange={(text) => setEditorText({ key: documentKey, text })}
                onFocusLine={setFocusLine}
                onSave={(proof, placements) =>
                  round && actions.saveProof.mutate({ roundId: round.id, proof, placements })
                }
              />
            }
            drawer={
              <RunDrawer
                collapsed={frame.drawerCollapsed}
                onToggle={frame.toggleDrawer}
                content={{
                  reasoning: run.view.reasoning,
                  output: run.view.text,
                  selfEvaluation: round?.selfEvaluation ?? null,
                  live: run.live,
                }}
              />
            }
            side={
              <SideTabs
                session={session}
                round={round}
                fx={fx}
                preview={{ text: previewText, streaming: streamingHere, focusLine }}
                hasProof={!!latest?.proof.trim()}
              />
            }
          />
        ) : frame.view === 'rounds' ? (
          <section className="wb-fullview" aria-label="Rounds" data-testid="rounds-view">
            <RoundsPanel session={session} />
          </section>
        ) : (
          <section className="wb-fullview" aria-label="Search" data-testid="search-fullview">
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
        onRun={start}
        onStop={stop}
        onPipelineStarted={(r) => {
          run.setStarted(r);
          // Autopilot writes new rounds: follow the latest.
          if (r.kind === 'autopilot') setSelectedRoundId(null);
        }}
        error={
          (actions.startRun.error ??
            actions.decide.error ??
            actions.saveProof.error) as Error | null
        }
      />
    </main>
  );
}
