/**
 * What the proof editor shows, as one small pure state machine: the person's round choice,
 * the run that may be writing a round, the rounds as stored, and whether the editor holds
 * edits the server has not acknowledged yet. `editorView` derives the one document the
 * editor shows from these; nothing else decides it.
 */

import { NEW_ROUND } from '@/lib/sessions/new-round';
import { textFingerprint } from '@/lib/sessions/text-fingerprint';

export type EditorRun = {
  runId: string;
  /** The round the run writes (a draft) or reads (a verification). */
  roundId: string | null;
  kind: string | null;
  live: boolean;
  /**
   * A part run (issue 17) works on one outline node: a part rewrite streams only the part's
   * replacement, never the round's text, so the editor keeps showing the stored round.
   */
  nodeId?: string | null;
};

export type EditorRound = {
  id: string;
  proof: string;
  /** The run that wrote (or is writing) this round's draft. */
  sourceRunId?: string | null;
};

export type EditorState = {
  /** The round the person picked; null follows the round being written, else the newest. */
  picked: string | null;
  /**
   * Edits typed into `roundId`: `typed` counts them, `stored` is how many the server has
   * acknowledged, `ackText` the text it stored last. While the editor shows `roundId`, its
   * text is the person's: no read of the session replaces it.
   */
  edits: {
    roundId: string;
    typed: number;
    stored: number;
    ackText: string | null;
    /** The document key when the typing started: kept, so the editor never reloads. */
    key: string;
    /**
     * Rounds these edits were typed into before a save moved them (a verified round keeps
     * its text, so the first save of an edit to it lands in a new round): the editor's text
     * continues theirs.
     */
    from: string[];
  } | null;
};

export type EditorAction =
  | { type: 'pick'; roundId: string | null }
  /** A run started; drafts (generate, refine) are followed into the round they write. */
  | { type: 'run-started'; roundId: string; kind: string; nodeId?: string | null }
  /**
   * The person typed into `roundId`; `seq` numbers edits across the page's life, `key` is
   * the document key the editor had when they typed.
   */
  | { type: 'edited'; roundId: string; seq: number; key: string }
  /**
   * The server stored the edits up to `upTo`; `roundId` is where they landed (a new round
   * when the edited round was verified, since a verified round keeps its text).
   */
  | { type: 'saved'; fromRoundId: string; roundId: string; upTo: number; text: string };

export const initialEditorState: EditorState = { picked: null, edits: null };

const DRAFT_KINDS = new Set(['generate', 'refine']);
/** Multi-step runs that refine, each refinement streamed into a new round they create. */
const ROUND_WRITING_KINDS = new Set(['autopilot']);

export function isDraftRun(run: EditorRun | null): boolean {
  return !!run?.live && !run.nodeId && DRAFT_KINDS.has(run.kind ?? '');
}

/**
 * The round a live run is streaming a draft into now, if any. Generate and Refine write the
 * round they started with. An autopilot writes each refinement into a round it creates (its
 * `sourceRunId`): the newest such round while its stored text is still empty — once stored,
 * the round is read like any other while the autopilot verifies it.
 */
export function draftRoundOf(run: EditorRun | null, rounds: readonly EditorRound[]): string | null {
  if (!run) return null;
  if (isDraftRun(run)) return run.roundId;
  if (!run.live || !ROUND_WRITING_KINDS.has(run.kind ?? '')) return null;
  const newest = rounds.findLast((r) => r.sourceRunId === run.runId);
  return newest && !newest.proof ? newest.id : null;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'pick':
      return { ...state, picked: action.roundId };
    case 'run-started':
      return DRAFT_KINDS.has(action.kind) && !action.nodeId
        ? { ...state, picked: action.roundId }
        : state;
    case 'edited': {
      // A key typed after a save moved the edits to a new round, before the page rendered
      // that, names the round they were in: it continues them. Edits of r1 started afresh
      // would leave the editor's document without an owner, and the next read would load
      // the new round's stored text over the keys typed since that save.
      // (A round the person picked again is theirs to edit afresh.)
      const cur = state.edits;
      const moved = !!cur?.from.includes(action.roundId) && state.picked !== action.roundId;
      const e = cur && (cur.roundId === action.roundId || moved) ? cur : null;
      const roundId = e?.roundId ?? action.roundId;
      return {
        // Typing pins the round: the editor no longer follows newer rounds away from it.
        picked: state.picked ?? roundId,
        edits: {
          roundId,
          typed: action.seq,
          stored: e?.stored ?? 0,
          ackText: e?.ackText ?? null,
          key: e?.key ?? action.key,
          from: e?.from ?? [],
        },
      };
    }
    case 'saved': {
      const e = state.edits;
      if (!e || e.roundId !== action.fromRoundId) return state;
      const moved = action.roundId !== action.fromRoundId;
      if (action.upTo < e.stored) return state;
      return {
        picked: moved ? action.roundId : state.picked,
        edits: {
          ...e,
          roundId: action.roundId,
          stored: action.upTo,
          ackText: action.text,
          from: moved ? [...e.from, action.fromRoundId] : e.from,
        },
      };
    }
  }
}

export type EditorView = {
  roundId: string | null;
  /** True while a run streams this round's draft: the editor follows the stream. */
  streaming: boolean;
  /** Changes whenever the editor must load another text (never while edits are unsaved). */
  documentKey: string;
  /** The stored text to load (ignored while streaming: the stream provides the text). */
  text: string;
  readOnly: boolean;
  /**
   * Rounds whose text this document continues: the person's edits of them were saved into
   * this round. Text typed and not yet saved is never replaced by this round's stored text
   * when the editor still shows one of them.
   */
  continues: string[];
};

export function editorView(
  state: EditorState,
  rounds: readonly EditorRound[],
  run: EditorRun | null,
): EditorView {
  const draft = draftRoundOf(run, rounds);
  const e = state.edits;
  const known = (id: string | null) =>
    !!id && (id === draft || id === e?.roundId || rounds.some((r) => r.id === id));
  // With no round and no run, the empty document the person may write the first draft in.
  const roundId =
    (known(state.picked) ? state.picked : null) ??
    draft ??
    rounds.at(-1)?.id ??
    (run?.live ? null : NEW_ROUND);
  const round = rounds.find((r) => r.id === roundId) ?? null;
  const streaming = draft !== null && roundId === draft;
  if (streaming) {
    return {
      roundId,
      streaming,
      documentKey: `${roundId}:live:${run?.runId}`,
      text: '',
      readOnly: true,
      continues: [],
    };
  }
  // A document the person is editing keeps its key for good: the editor is never reloaded
  // under them. Its stored copy trails the editor (a save in flight, a read older than the
  // save); a key that changed with it would reload the editor with an older text, and with
  // nothing at all when a late read knows no such round yet (a fork's new round).
  const mine = e && e.roundId === roundId ? e : null;
  const text = round?.proof ?? mine?.ackText ?? '';
  const stored = `${roundId ?? 'none'}:stored:${textFingerprint(text)}`;
  return {
    roundId,
    streaming,
    // The edits' key is theirs: a verified round the edits started from, and left for the
    // round they forked, is loaded afresh when the person goes back to it (the document
    // under that key holds the edited text, not the round's).
    documentKey: mine ? mine.key : stored === e?.key ? `${stored}:again` : stored,
    text,
    readOnly: !round && !mine && roundId !== NEW_ROUND,
    continues: mine ? mine.from : [],
  };
}

/**
 * The round whose findings the editor shows. A round an edit just forked arrives with the next
 * read of the session; until then its findings are the edited round's (it carries them), so
 * the editor never shows none for a moment and loses the places Monaco tracked (placed again
 * from their stored anchors through a line diff, a finding on an edited line lost its range).
 */
export function findingsRoundOf<R extends { id: string }>(
  view: Pick<EditorView, 'roundId' | 'continues'>,
  rounds: readonly R[],
): R | null {
  const loaded = (id: string | null) => rounds.find((r) => r.id === id) ?? null;
  return loaded(view.roundId) ?? view.continues.map(loaded).findLast((r) => r !== null) ?? null;
}
