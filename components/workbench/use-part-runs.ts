'use client';

import { useEffect, useRef } from 'react';
import type { PartRewrite } from '@/components/outline/PartRewritePanel';
import type { SessionDetail } from '@/lib/schemas';
import type { useCurrentRun } from './use-current-run';

type Part = { roundId: string; nodeId: string };

/**
 * The outline's part actions (issue 17) for the open round, and the part rewrite the workbench
 * follows: its answer streams into the outline's rewrite pane rather than the editor, and when
 * it has spliced a new round the editor opens that round.
 */
export function usePartRuns(h: {
  session: SessionDetail;
  run: ReturnType<typeof useCurrentRun>;
  /** The round open in the editor, when it has a proof and can be worked on. */
  roundId: string | null;
  start: (kind: 'verify' | 'refine', part: Part) => void;
  open: (roundId: string) => void;
}) {
  const { run, session } = h;
  const isRewrite = run.kind === 'refine' && !!run.nodeId && !!run.runId;
  const made = isRewrite ? session.rounds.find((r) => r.sourceRunId === run.runId) : undefined;
  const summary = session.runs.find((r) => r.id === run.runId);
  const streamed = run.view.runId === run.runId ? run.view : null;
  const shown = isRewrite && (run.roundId === h.roundId || made?.id === h.roundId);
  const rewrite: PartRewrite | null =
    shown && run.runId && run.nodeId
      ? {
          runId: run.runId,
          nodeId: run.nodeId,
          live: run.live,
          status: run.live ? null : (summary?.status ?? streamed?.status ?? null),
          text: streamed?.text ?? '',
          error: streamed?.error ?? summary?.error ?? null,
          roundIndex: made?.index ?? null,
        }
      : null;

  // The spliced round appears when the session is read again: open it, once, for a rewrite
  // this page saw running (a reload does not jump anywhere).
  const seenLive = useRef<string | null>(null);
  const opened = useRef<string | null>(null);
  const { open } = h;
  useEffect(() => {
    if (isRewrite && run.live) seenLive.current = run.runId;
    if (!made || run.live || seenLive.current !== run.runId || opened.current === run.runId) return;
    opened.current = run.runId;
    open(made.id);
  }, [isRewrite, made, run.runId, run.live, open]);

  const { roundId, start } = h;
  return {
    onVerify: roundId ? (nodeId: string) => start('verify', { roundId, nodeId }) : undefined,
    onRewrite: roundId ? (nodeId: string) => start('refine', { roundId, nodeId }) : undefined,
    rewrite,
  };
}

export type PartRuns = ReturnType<typeof usePartRuns>;
