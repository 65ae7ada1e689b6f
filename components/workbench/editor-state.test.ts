import { describe, expect, it } from 'vitest';
import { NEW_ROUND } from '@/lib/sessions/new-round';
import {
  type EditorAction,
  type EditorRound,
  type EditorRun,
  type EditorState,
  editorReducer,
  editorView,
  findingsRoundOf,
  initialEditorState,
} from './editor-state';

const r1: EditorRound = { id: 'r1', proof: 'Proof one.' };
const r2: EditorRound = { id: 'r2', proof: '' };
const run = (p: Partial<EditorRun>): EditorRun => ({
  runId: 'run',
  roundId: null,
  kind: 'verify',
  live: true,
  ...p,
});
/** The key the editor had when the person started typing. */
const K = 'r1:stored:before';
const apply = (...actions: EditorAction[]): EditorState =>
  actions.reduce(editorReducer, initialEditorState);

describe('editorView', () => {
  it('shows the newest round when nothing is picked', () => {
    const v = editorView(initialEditorState, [r1], null);
    expect(v).toMatchObject({ roundId: 'r1', streaming: false, text: 'Proof one.' });
  });

  it('a session with no round opens an empty document the person can write the first draft in', () => {
    const v = editorView(initialEditorState, [], null);
    expect(v).toMatchObject({ roundId: NEW_ROUND, readOnly: false, text: '', streaming: false });
    // A run that has not named its round yet: nothing to write into meanwhile.
    expect(editorView(initialEditorState, [], run({ kind: 'generate' })).readOnly).toBe(true);
  });

  it('the first draft’s first save makes round 1, and the document stays the person’s', () => {
    const typing = apply({ type: 'edited', roundId: NEW_ROUND, seq: 1, key: 'k-new' });
    expect(editorView(typing, [], null)).toMatchObject({ roundId: NEW_ROUND, readOnly: false });
    const saved = editorReducer(typing, {
      type: 'saved',
      fromRoundId: NEW_ROUND,
      roundId: 'r1',
      upTo: 1,
      text: 'My proof.',
    });
    // Before the session is read again the round is not loaded: the editor keeps its text.
    const before = editorView(saved, [], null);
    expect(before).toMatchObject({ roundId: 'r1', readOnly: false, documentKey: 'k-new' });
    const after = editorView(saved, [{ id: 'r1', proof: 'My proof.' }], null);
    expect(after).toMatchObject({ roundId: 'r1', documentKey: 'k-new', continues: [NEW_ROUND] });
  });

  it('during Refine follows the new round as a stream, never the previous text', () => {
    const refine = run({ runId: 'ref', roundId: 'r2', kind: 'refine' });
    const state = apply(
      { type: 'pick', roundId: 'r1' },
      { type: 'run-started', roundId: 'r2', kind: 'refine' },
    );
    // The session has not yet loaded the new round: still the refined round, streaming.
    const v = editorView(state, [r1], refine);
    expect(v).toMatchObject({ roundId: 'r2', streaming: true, readOnly: true, text: '' });
    expect(v.documentKey).toContain('live');
  });

  it('Rewrite this part keeps the stored round: its stream is the part, never the proof', () => {
    const part = run({ runId: 'part', roundId: 'r1', kind: 'refine', nodeId: 'lemma-2' });
    const state = apply({ type: 'run-started', roundId: 'r1', kind: 'refine', nodeId: 'lemma-2' });
    expect(state.picked).toBeNull();
    const v = editorView(state, [r1], part);
    expect(v).toMatchObject({ roundId: 'r1', streaming: false, text: 'Proof one.' });
    expect(v.documentKey).not.toContain('live');
    // The spliced round arrives: the editor follows it like any newest round.
    const spliced = { id: 'r2', proof: 'Proof one, spliced.', sourceRunId: 'part' };
    const done = editorView(state, [r1, spliced], { ...part, live: false });
    expect(done).toMatchObject({ roundId: 'r2', text: 'Proof one, spliced.' });
  });

  it('a Verify does not take the editor away from the verified round', () => {
    const state = apply({ type: 'run-started', roundId: 'r1', kind: 'verify' });
    const v = editorView(state, [r1], run({ roundId: 'r1' }));
    expect(v).toMatchObject({ roundId: 'r1', streaming: false, text: 'Proof one.' });
  });

  it('loads a round again when its stored text arrives (autopilot, Open as round)', () => {
    const empty = editorView(initialEditorState, [r1, r2], run({ kind: 'autopilot' }));
    const filled = editorView(
      initialEditorState,
      [r1, { id: 'r2', proof: 'Refined.' }],
      run({ kind: 'autopilot' }),
    );
    expect(empty.roundId).toBe('r2');
    expect(filled.text).toBe('Refined.');
    expect(filled.documentKey).not.toBe(empty.documentKey);
  });

  it('while an autopilot refines, the round it writes streams; once stored, it is read', () => {
    const pilot = run({ runId: 'pilot', roundId: 'r1', kind: 'autopilot' });
    // Verifying R1 first: R1 as stored, nothing streams.
    expect(editorView(initialEditorState, [r1], pilot)).toMatchObject({
      roundId: 'r1',
      streaming: false,
    });
    // Refining into R2 (created empty by the autopilot): R2 streams, read-only.
    const writing = { id: 'r2', proof: '', sourceRunId: 'pilot' };
    const live = editorView(initialEditorState, [r1, writing], pilot);
    expect(live).toMatchObject({ roundId: 'r2', streaming: true, readOnly: true });
    // R2 stored, the autopilot verifies it: the stored text, no longer the stream.
    const stored = { ...writing, proof: 'Refined.' };
    const read = editorView(initialEditorState, [r1, stored], pilot);
    expect(read).toMatchObject({ roundId: 'r2', streaming: false, text: 'Refined.' });
    // The next refinement's round streams in its turn.
    const next = { id: 'r3', proof: '', sourceRunId: 'pilot' };
    expect(editorView(initialEditorState, [r1, stored, next], pilot)).toMatchObject({
      roundId: 'r3',
      streaming: true,
    });
    // A round the person picked stays, and the run's end stops the stream.
    const picked = apply({ type: 'pick', roundId: 'r1' });
    expect(editorView(picked, [r1, writing], pilot).roundId).toBe('r1');
    expect(editorView(initialEditorState, [r1, writing], { ...pilot, live: false }).streaming).toBe(
      false,
    );
  });

  it('typing pins the round: newer rounds do not take the editor away', () => {
    const state = apply({ type: 'edited', roundId: 'r1', seq: 1, key: K });
    expect(editorView(state, [r1, r2], run({ kind: 'autopilot' })).roundId).toBe('r1');
  });

  it('a picked round that is not loaded yet is shown as soon as it is', () => {
    const state = apply({ type: 'pick', roundId: 'r3' });
    expect(editorView(state, [r1, r2], null).roundId).toBe('r2');
    const r3 = { id: 'r3', proof: 'From the search.' };
    expect(editorView(state, [r1, r2, r3], null)).toMatchObject({
      roundId: 'r3',
      text: 'From the search.',
    });
  });

  it('never reloads the editor over edits the server has not stored', () => {
    const before = editorView(initialEditorState, [r1], null);
    let state = apply({ type: 'edited', roundId: 'r1', seq: 1, key: before.documentKey });
    const typing = editorView(state, [r1], null);
    // Starting to type does not change the document (which would reload the editor).
    expect(typing.documentKey).toBe(before.documentKey);
    // The session is refetched (say, a decision) with the old text: the key holds.
    expect(editorView(state, [{ ...r1 }], null).documentKey).toBe(typing.documentKey);
    state = editorReducer(state, {
      type: 'saved',
      fromRoundId: 'r1',
      roundId: 'r1',
      upTo: 1,
      text: 'Proof one, edited.',
    });
    // Stored, but the loaded session still has the old text: still held.
    expect(editorView(state, [r1], null).documentKey).toBe(typing.documentKey);
    // Caught up: the key still holds (the editor already shows this text).
    const after = editorView(state, [{ id: 'r1', proof: 'Proof one, edited.' }], null);
    expect(after.documentKey).toBe(typing.documentKey);
    expect(after.text).toBe('Proof one, edited.');
  });

  it('a late save answer does not release newer edits', () => {
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'edited', roundId: 'r1', seq: 2, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r1', upTo: 1, text: 'first' },
    );
    const v = editorView(state, [{ id: 'r1', proof: 'first' }], null);
    expect(v.documentKey).toBe(K);
  });

  it('an edit of a verified round moves the editor to the new round without reloading', () => {
    const state = apply(
      { type: 'pick', roundId: 'r1' },
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Edited.' },
    );
    const before = editorView(state, [r1, r2], null);
    expect(before).toMatchObject({ roundId: 'r3', readOnly: false });
    expect(before.documentKey).toBe(K);
    const loaded = editorView(state, [r1, r2, { id: 'r3', proof: 'Edited.' }], null);
    expect(loaded).toMatchObject({ roundId: 'r3', text: 'Edited.' });
    // The editor, still showing r1, learns that r3 continues it: keys typed meanwhile stay.
    expect(loaded.continues).toEqual(['r1']);
  });

  it('a late read that does not know the round an edit forked yet leaves the editor as it is', () => {
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Edited.' },
    );
    const loaded = editorView(state, [r1, r2, { id: 'r3', proof: 'Edited.' }], null);
    const late = editorView(state, [r1, r2], null);
    expect(late).toMatchObject({ roundId: 'r3', readOnly: false, continues: ['r1'] });
    // No reload: the same document, and what it would load is the text stored last.
    expect(late.documentKey).toBe(loaded.documentKey);
    expect(late.text).toBe('Edited.');
  });

  it('a key typed between a fork’s save answer and the next render stays in the same document', () => {
    // The page's last render still said r1 when the key arrived: its edit names r1, after
    // the save moved the edits to r3. It must continue r3's edits, not start edits of r1.
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Edited.' },
      { type: 'edited', roundId: 'r1', seq: 2, key: K },
    );
    const loaded = editorView(state, [r1, r2, { id: 'r3', proof: 'Edited.' }], null);
    expect(loaded).toMatchObject({ roundId: 'r3', readOnly: false, continues: ['r1'] });
    expect(loaded.documentKey).toBe(K);
    // Its save goes on from the round the edits are in, and is acknowledged there.
    const acked = editorReducer(state, {
      type: 'saved',
      fromRoundId: 'r3',
      roundId: 'r3',
      upTo: 2,
      text: 'Edited twice.',
    });
    expect(acked.edits).toMatchObject({ roundId: 'r3', stored: 2, ackText: 'Edited twice.' });
  });

  it('going back to the verified round an edit forked loads its own text, not the edits’', () => {
    const start = editorView(initialEditorState, [r1], null).documentKey;
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: start },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Proof one. Edited.' },
      { type: 'pick', roundId: 'r1' },
    );
    const back = editorView(state, [r1, { id: 'r3', proof: 'Proof one. Edited.' }], null);
    expect(back).toMatchObject({ roundId: 'r1', text: 'Proof one.', continues: [] });
    // The edits kept `start` for the document that now holds r3's text: r1 needs another.
    expect(back.documentKey).not.toBe(start);
  });

  it('typing into the verified round picked again starts edits of it', () => {
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Edited.' },
      { type: 'pick', roundId: 'r1' },
      { type: 'edited', roundId: 'r1', seq: 2, key: 'r1:stored:again' },
    );
    expect(state.edits).toMatchObject({ roundId: 'r1', key: 'r1:stored:again', from: [] });
    const v = editorView(state, [r1, r2, { id: 'r3', proof: 'Edited.' }], null);
    expect(v).toMatchObject({ roundId: 'r1', documentKey: 'r1:stored:again' });
  });

  it('a round the person picked continues nothing', () => {
    const state = apply(
      { type: 'edited', roundId: 'r1', seq: 1, key: K },
      { type: 'saved', fromRoundId: 'r1', roundId: 'r3', upTo: 1, text: 'Edited.' },
      { type: 'pick', roundId: 'r2' },
    );
    expect(editorView(state, [r1, { id: 'r2', proof: 'Two.' }], null).continues).toEqual([]);
  });
});

describe('findingsRoundOf', () => {
  it('shows the edited round’s findings until the round its save forked is loaded', () => {
    const view = { roundId: 'r3', continues: ['r1'] };
    expect(findingsRoundOf(view, [r1, r2])).toBe(r1);
    const r3 = { id: 'r3', proof: 'Edited.' };
    expect(findingsRoundOf(view, [r1, r2, r3])).toBe(r3);
  });
  it('shows nothing for a round that is not loaded and continues none', () => {
    expect(findingsRoundOf({ roundId: 'r9', continues: [] }, [r1])).toBeNull();
  });
});
