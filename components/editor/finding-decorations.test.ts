// @vitest-environment happy-dom
/**
 * FindingDecorations against a real Monaco editor (happy-dom stands in for the page): where
 * findings are drawn, how they follow edits, and what they report, without React.
 */
// The editor API alone: `./monaco` also registers features and workers a test does not need.
import * as editorApi from 'monaco-editor/editor/editor.api';
import { afterEach, describe, expect, test } from 'vitest';
import type { LivePlacement } from '@/lib/schemas';
import { exactAnchor } from '@/test/fixtures/anchor';
import { FindingDecorations } from './finding-decorations';
import type { Monaco } from './monaco';
import type { EditorFinding } from './types';

const monaco = editorApi as unknown as Monaco;

const PROOF = [
  'Let n be a positive integer.',
  'Then n^2 + n is even, since n(n+1) is a product of consecutive integers.',
  'Hence the claim holds for every n.',
].join('\n');

function finding(id: string, quote: string, p: Partial<EditorFinding> = {}): EditorFinding {
  return {
    id,
    severity: 'gap',
    description: `about ${quote}`,
    suggestion: '',
    decision: 'pending',
    quote,
    source: 'verifier',
    // A test that gives its own anchor (or none) may quote what the proof lacks.
    anchor: p.anchor === undefined ? exactAnchor(PROOF, quote) : p.anchor,
    ...p,
  };
}

let current: { layer: FindingDecorations; editor: { dispose(): void } } | null = null;
afterEach(() => {
  current?.layer.dispose();
  current?.editor.dispose();
  current = null;
});

function setup(text = PROOF) {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = monaco.editor.create(host, { value: text, glyphMargin: true });
  const selected: string[] = [];
  const reports: LivePlacement[][] = [];
  const layer = new FindingDecorations(editor, monaco, {
    onSelect: (id) => selected.push(id),
    onPlacements: (list) => reports.push(list),
  });
  const model = editor.getModel();
  if (!model) throw new Error('no model');
  const classesOf = (id: string) => {
    const range = layer.rangeOf(id);
    return (model.getDecorationsInRange(range ?? new monaco.Range(1, 1, 1, 1)) ?? [])
      .map((d) => d.options.className ?? '')
      .filter((c) => c.includes('finding-range'));
  };
  const edit = (line: number, column: number, insert: string, endColumn = column) =>
    editor.executeEdits('test', [
      { range: new monaco.Range(line, column, line, endColumn), text: insert },
    ]);
  current = { editor, layer };
  return { editor, layer, selected, reports, model, classesOf, edit };
}

const at = (list: LivePlacement[], id: string) => list.find((p) => p.findingId === id);

describe('FindingDecorations', () => {
  test('draws each anchored finding on its quote, skips a finding without an anchor, and reports where each is', () => {
    const { layer, model, reports } = setup();
    const even = finding('even', 'n^2 + n is even');
    layer.update([even, finding('free', 'x', { anchor: null })], null, 'r1', PROOF);
    expect(model.getValueInRange(layer.rangeOf('even') ?? new monaco.Range(1, 1, 1, 1))).toBe(
      'n^2 + n is even',
    );
    expect(layer.rangeOf('free')).toBeNull();
    expect(reports.at(-1)).toEqual([
      {
        findingId: 'even',
        startLine: 2,
        endLine: 2,
        startOffset: PROOF.indexOf('n^2'),
        endOffset: PROOF.indexOf('n^2') + 'n^2 + n is even'.length,
        status: 'current',
      },
    ]);
  });

  test('an orphan finding covers its whole lines', () => {
    const { layer, model } = setup();
    const orphan = finding('o', 'Hence the claim holds');
    orphan.anchor = {
      ...(orphan.anchor as NonNullable<EditorFinding['anchor']>),
      confidence: 'orphan',
    };
    layer.update([orphan], null, 'r1', PROOF);
    const range = layer.rangeOf('o');
    expect(range?.startColumn).toBe(1);
    expect(range?.endColumn).toBe(model.getLineMaxColumn(3));
  });

  test('follows edits: text typed before a finding moves it, text typed inside marks it modified, deleting it marks it outdated', () => {
    const { layer, reports, edit } = setup();
    layer.update(
      [finding('even', 'n^2 + n is even'), finding('hence', 'the claim holds')],
      null,
      'r1',
      PROOF,
    );
    edit(2, 1, 'Clearly, ');
    expect(at(reports.at(-1) ?? [], 'even')).toMatchObject({
      startLine: 2,
      startOffset: PROOF.indexOf('n^2') + 'Clearly, '.length,
      status: 'current',
    });
    // "n^2 + n is even" → "n^2 + n is always even"
    const col = 'Clearly, Then n^2 + n is '.length + 1;
    edit(2, col, 'always ');
    expect(at(reports.at(-1) ?? [], 'even')?.status).toBe('modified');
    expect(at(reports.at(-1) ?? [], 'hence')?.status).toBe('current');
    // Delete "the claim holds" on line 3.
    const start = 'Hence '.length + 1;
    edit(3, start, '', start + 'the claim holds'.length);
    expect(at(reports.at(-1) ?? [], 'hence')?.status).toBe('outdated');
  });

  test('a new selection or decision restyles in place: ranges Monaco moved stay where they are', () => {
    const { layer, classesOf, edit, reports } = setup();
    const even = finding('even', 'n^2 + n is even');
    layer.update([even], null, 'r1', PROOF);
    edit(1, 1, 'So: ');
    edit(2, 1, 'Now ');
    const moved = at(reports.at(-1) ?? [], 'even');
    layer.update([{ ...even, decision: 'accepted' }], 'even', 'r1', PROOF);
    expect(at(layer.placements(), 'even')).toEqual(moved);
    expect(classesOf('even').join(' ')).toMatch(/is-selected/);
    expect(classesOf('even').join(' ')).toMatch(/is-decided/);
  });

  test('a new document places the findings from their anchors again', () => {
    const { layer, edit, model } = setup();
    const even = finding('even', 'n^2 + n is even');
    layer.update([even], null, 'r1', PROOF);
    edit(2, 1, 'Now ');
    model.setValue(PROOF);
    layer.update([even], null, 'r2', PROOF);
    expect(at(layer.placements(), 'even')?.startOffset).toBe(PROOF.indexOf('n^2'));
  });

  test('re-anchoring moves one finding and reports it as current', () => {
    const { layer, model, reports } = setup();
    const even = finding('even', 'n^2 + n is even');
    layer.update([even, finding('hence', 'the claim holds')], null, 'r1', PROOF);
    const target = finding('x', 'consecutive integers').anchor;
    if (!target) throw new Error('no anchor');
    layer.moveFinding('even', target);
    const range = layer.rangeOf('even');
    expect(range && model.getValueInRange(range)).toBe('consecutive integers');
    expect(at(reports.at(-1) ?? [], 'even')?.status).toBe('current');
    expect(at(reports.at(-1) ?? [], 'hence')?.startOffset).toBe(PROOF.indexOf('the claim holds'));
  });

  test('a position inside a range, or on its line in the gutter, finds the finding', () => {
    const { layer } = setup();
    layer.update([finding('even', 'n^2 + n is even')], null, 'r1', PROOF);
    const col = 'Then '.length + 1;
    expect(layer.findingAt(new monaco.Position(2, col + 2), false)).toBe('even');
    expect(layer.findingAt(new monaco.Position(2, 1), false)).toBeNull();
    expect(layer.findingAt(new monaco.Position(2, 1), true)).toBe('even');
    expect(layer.findingAt(new monaco.Position(1, 1), true)).toBeNull();
  });

  test('dispose removes the decorations and stops reporting edits', () => {
    const { layer, model, reports, edit } = setup();
    layer.update([finding('even', 'n^2 + n is even')], null, 'r1', PROOF);
    layer.dispose();
    const count = reports.length;
    edit(1, 1, 'x');
    expect(reports.length).toBe(count);
    const all = model.getAllDecorations().filter((d) => d.options.className?.includes('finding'));
    expect(all).toEqual([]);
  });
  test('a save echoed while newer edits are unstored leaves tracked findings where the edits moved them', () => {
    const { layer, model, edit } = setup();
    const even = finding('even', 'n^2 + n is even');
    const hence = finding('hence', 'the claim holds');
    layer.update([even, hence], null, 'r1', PROOF);
    // Stored: a word typed on line 1. Not stored yet: line 2 deleted after it.
    edit(1, 1, 'Now ');
    const stored = model.getValue();
    model.pushEditOperations([], [{ range: new monaco.Range(2, 1, 3, 1), text: '' }], () => null);
    expect(at(layer.placements(), 'even')?.status).toBe('outdated');
    const shift = (f: EditorFinding, by: number): EditorFinding => {
      const a = f.anchor as NonNullable<EditorFinding['anchor']>;
      return {
        ...f,
        anchor: { ...a, startOffset: a.startOffset + by, endOffset: a.endOffset + by },
      };
    };
    // The echo of the first save: anchors as they were in the stored text.
    layer.update([shift(even, 4), shift(hence, 4)], null, 'r1', stored);
    expect(at(layer.placements(), 'even')?.status).toBe('outdated');
    const range = layer.rangeOf('hence');
    expect(range && model.getValueInRange(range)).toBe('the claim holds');
    expect(at(layer.placements(), 'hence')?.startLine).toBe(2);
  });

  test('a finding an edit carried into a new round takes over the range of the one it came from', () => {
    const { layer, model, edit } = setup();
    layer.update([finding('even', 'n^2 + n is even')], null, 'r1', PROOF);
    edit(2, 1, 'So ');
    const carried = finding('even-r2', 'n^2 + n is even', { carriedFromId: 'even' });
    layer.update([carried], null, 'r1', PROOF);
    const range = layer.rangeOf('even-r2');
    expect(range && model.getValueInRange(range)).toBe('n^2 + n is even');
  });

  test('a new finding on the same document is mapped from the stored text into the edited one', () => {
    const { layer, model, edit } = setup();
    layer.update([finding('even', 'n^2 + n is even')], null, 'r1', PROOF);
    edit(1, 1, 'A first line.\n');
    layer.update(
      [finding('even', 'n^2 + n is even'), finding('hence', 'the claim holds')],
      null,
      'r1',
      PROOF,
    );
    const range = layer.rangeOf('hence');
    expect(range && model.getValueInRange(range)).toBe('the claim holds');
    expect(range?.startLineNumber).toBe(4);
  });

  test('a finding carried into a forked round keeps the place of the one on screen even when the texts agree', () => {
    const { layer, model, edit } = setup();
    layer.update([finding('even', 'n^2 + n is even')], null, 'r1', PROOF);
    // Re-anchored on screen; then the forked round's copy arrives with its older place.
    const target = finding('x', 'consecutive integers').anchor;
    if (!target) throw new Error('no anchor');
    layer.moveFinding('even', target);
    const carried = finding('even-r2', 'n^2 + n is even', { carriedFromId: 'even' });
    layer.update([carried], null, 'r2', model.getValue());
    const range = layer.rangeOf('even-r2');
    expect(range && model.getValueInRange(range)).toBe('consecutive integers');
    // A re-anchor of the card clicked before the fork reaches its carried copy.
    const back = finding('y', 'the claim holds').anchor;
    if (!back) throw new Error('no anchor');
    layer.moveFinding('even', back);
    const moved = layer.rangeOf('even-r2');
    expect(moved && model.getValueInRange(moved)).toBe('the claim holds');
    // After the text is replaced (another round), stored places count again.
    edit(1, 1, '');
    model.setValue(PROOF);
    layer.update([carried], null, 'r3', PROOF);
    const fresh = layer.rangeOf('even-r2');
    expect(fresh && model.getValueInRange(fresh)).toBe('n^2 + n is even');
  });
});
