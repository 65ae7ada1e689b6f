'use client';

import { useReducer, useRef, useState } from 'react';
import type { EditorApi, SaveOptions } from '@/components/editor/ProofEditorInner';
import { useSaveProof } from '@/hooks/use-session';
import type { LivePlacement, SessionDetail } from '@/lib/schemas';
import { NEW_ROUND } from '@/lib/sessions/new-round';
import { textFingerprint } from '@/lib/sessions/text-fingerprint';
import {
  type EditorRun,
  editorReducer,
  editorView,
  findingsRoundOf,
  initialEditorState,
} from './editor-state';

/**
 * The editor's document (see editor-state) and the person's edits: saves go out one after
 * another, each to where the previous one landed — so the edits after the first save of a
 * verified round go to the round it made, not to a second copy, and those after the first
 * save of a session's first draft (NEW_ROUND) go to the round that save made.
 */
export function useProofEditing(session: SessionDetail, run: EditorRun | null) {
  const saveProof = useSaveProof(session.id);
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  const view = editorView(state, session.rounds, run);
  const editorApi = useRef<EditorApi | null>(null);
  const seq = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const landed = useRef(new Map<string, string>());
  // For each round, the text (fingerprint) this page's edits were typed over: the one it
  // loaded, then the one it saved last. The server refuses to write over another (a save
  // from another tab meanwhile) and makes the edit a round of its own.
  const bases = useRef(new Map<string, string>());
  const [conflict, setConflict] = useState<{ from: string; to: string } | null>(null);
  const [saving, setSaving] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const where = (roundId: string) => landed.current.get(roundId) ?? roundId;

  const save = (
    roundId: string,
    proof: string,
    placements: LivePlacement[] = [],
    options: SaveOptions = { keepalive: false },
  ): Promise<string> => {
    const upTo = seq.current;
    setSaving((n) => n + 1);
    const task = chain.current.then(async () => {
      const target = where(roundId);
      // A first draft wiped before its first save: there is no round to make of nothing.
      if (target === NEW_ROUND && !proof.trim()) {
        dispatch({ type: 'saved', fromRoundId: target, roundId: target, upTo, text: proof });
        return target;
      }
      const base = bases.current.get(target);
      const res = await saveProof(target, proof, placements, options.keepalive, base);
      bases.current.set(res.roundId, textFingerprint(proof));
      if (res.forked) {
        landed.current.set(roundId, res.roundId);
        landed.current.set(target, res.roundId);
      }
      if (res.conflict) setConflict({ from: target, to: res.roundId });
      dispatch({ type: 'saved', fromRoundId: target, roundId: res.roundId, upTo, text: proof });
      return res.roundId;
    });
    chain.current = task.catch(() => {});
    task.then(
      () => setError(null),
      (err: Error) => setError(err),
    );
    void task.finally(() => setSaving((n) => n - 1)).catch(() => {});
    return task;
  };

  /** Saves what the editor shows now and waits; resolves to the round that holds it. */
  const flush = async (): Promise<string | null> => {
    const at = view.roundId;
    await editorApi.current?.flush();
    await chain.current;
    const held = at ? where(at) : null;
    return held === NEW_ROUND ? null : held;
  };

  return {
    view,
    round: session.rounds.find((r) => r.id === view.roundId) ?? null,
    findingsRound: findingsRoundOf(view, session.rounds),
    editorApi,
    saving: saving > 0,
    error,
    /** The last save found its round changed elsewhere and became a new round. */
    conflict: conflict && {
      from: session.rounds.find((r) => r.id === conflict.from)?.index ?? null,
      to: session.rounds.find((r) => r.id === conflict.to)?.index ?? null,
    },
    save,
    flush,
    onEdit: () => {
      if (!view.roundId) return;
      const target = where(view.roundId);
      if (!bases.current.has(target)) bases.current.set(target, textFingerprint(view.text));
      dispatch({
        type: 'edited',
        roundId: view.roundId,
        seq: ++seq.current,
        key: view.documentKey,
      });
    },
    /** Another round: the pending edit is saved to the round it was typed in, first. */
    pick: (roundId: string | null) => {
      void editorApi.current?.flush();
      // Edits typed into the picked round from now on start from its own text: a verified
      // round forks again. Once the pending save (queued above) has gone where earlier edits
      // of it landed, it no longer leads there: that would overwrite that round's edits.
      // Likewise the text its edits were typed over: the next edit starts from what it loads.
      if (roundId && roundId !== view.roundId)
        chain.current = chain.current.then(() => {
          landed.current.delete(roundId);
          bases.current.delete(roundId);
        });
      setConflict(null);
      dispatch({ type: 'pick', roundId });
    },
    runStarted: (roundId: string, kind: string, nodeId?: string | null) =>
      dispatch({ type: 'run-started', roundId, kind, nodeId }),
  };
}
