'use client';

import Editor from '@monaco-editor/react';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import './decorations.css';
import { useColorScheme } from '@/components/ui/use-color-scheme';
import type { LivePlacement } from '@/lib/schemas';
import styles from './editor.module.css';
import { EDITOR_FONT_FAMILY } from './editor-font';
import type { DecorationsApi } from './finding-decorations';
import { monaco } from './monaco';
import { type EditorSelection, editorSelection } from './selection';
import { shouldReplaceText } from './text-reload';
import type { EditorFinding, TextStream } from './types';
import { useDebouncedSave } from './use-debounced-save';
import { useEditorFollowers } from './use-editor-followers';
import { useFindingDecorations } from './use-finding-decorations';
import { useFindingZone } from './use-finding-zone';
import { useOutlineFolding } from './use-outline-folding';
import { useStickToEnd } from './use-stick-to-end';
import { useStreamAppend } from './use-stream-append';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

export type EditorApi = DecorationsApi & {
  getText(): string;
  /** Saves an edit still waiting for its debounce now; resolves when it is stored. */
  flush(): Promise<unknown>;
  /** The selection (or the cursor's line) a new finding would sit on. */
  selection(): EditorSelection | null;
  /** Selects whole lines (an outline node's) and scrolls them into view near the top. */
  selectLines(startLine: number, endLine: number): void;
};

export type SaveOptions = { keepalive: boolean };

export type ProofEditorProps = {
  /** When this changes the editor's text is replaced by `initialText`. */
  documentKey: string;
  /** The round the document belongs to (null for none): text typed into it is never dropped. */
  roundId: string | null;
  /** Rounds whose text this round continues (the person's saved edits of them landed in it). */
  continues?: readonly string[];
  initialText: string;
  /**
   * The text the findings' anchors were computed on: the stored text of the round whose
   * findings are shown. That is `initialText` except just after an edit forked a verified
   * round, when the editor shows the new round before it is loaded and the findings are
   * still the edited round's.
   */
  findingsText?: string | null;
  readOnly: boolean;
  /** Shown greyed in an empty editor (Monaco's `placeholder`): what to write there. */
  placeholder?: string;
  stream: TextStream | null;
  findings: EditorFinding[];
  selectedFindingId: string | null;
  onSelectFinding: (id: string) => void;
  /**
   * Called with the full text and the findings' places a moment after the person stops
   * typing, or at once when flushed; the promise settles when the server has the text.
   */
  onSave?: (
    text: string,
    placements: LivePlacement[],
    options: SaveOptions,
  ) => Promise<unknown> | undefined;
  /** Called on every change the person makes (not on streamed or loaded text). */
  onEdit?: () => void;
  onPlacementsChange?: (placements: LivePlacement[]) => void;
  onReady?: (api: EditorApi) => void;
  /** The text after each change (debounced), for the live preview. */
  onTextChange?: (text: string) => void;
  /**
   * The line the reader is at: the cursor's, or the top of the view after a scroll, or
   * END_OF_TEXT when the view shows the end.
   */
  onFocusLine?: (line: number) => void;
  /** The inline comment box drawn under the selected finding. */
  renderZone?: (findingId: string) => ReactNode;
  /**
   * "Add finding…" from the editor's context menu or Ctrl/⌘+Alt+M (a plain `c` would type a
   * c here: the page handles `c` when the focus is outside the text).
   */
  onAddFinding?: (at: EditorSelection) => void;
};

const EDITOR_OPTIONS = {
  glyphMargin: true,
  lineNumbers: 'on',
  wordWrap: 'on',
  // A minimap draws prose as grey noise; findings are in the overview ruler instead.
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 14,
  fontFamily: EDITOR_FONT_FAMILY,
  unicodeHighlight: { ambiguousCharacters: false },
  // LaTeX is full of brackets; auto-closing them fights people pasting and typing formulas.
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  matchBrackets: 'never',
  // Monaco colours a line by tokenizing all of it again whenever it grows: a streamed line of
  // tens of thousands of characters (e2e/hostile's 100,000-brace formula) cost a whole
  // tokenization per frame. Longer lines than this show uncoloured, as in VS Code.
  maxTokenizationLineLength: 4_000,
  // Indentation guides read the position of every visible line from the DOM on every frame
  // (a forced layout each frame of a stream: the largest part of the editor's cost in
  // npm run bench:render), and prose has no code indentation to guide.
  guides: { indentation: false },
  // Monaco's EditContext input reads its parent's box (getBoundingClientRect) before every
  // render: 20 renders a second while a draft streams, each forcing a layout of the whole page
  // — the preview's new text included — in the middle of the frame. The textarea input reads
  // nothing while the cursor is out of view.
  editContext: false,
} as const;

/**
 * Bracket pair colours cost time in proportion to the brackets on every line drawn, each
 * frame of a stream: a draft with 50,000 nested braces on one line spent seconds per frame
 * there (profiled on e2e/hostile). Prose reads better without them anyway. A model option:
 * the editor option of the same name does not reach a model created before the editor.
 */
const MODEL_OPTIONS = {
  bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
};

function selectLines(ed: CodeEditor, start: number, end: number) {
  const model = ed.getModel();
  if (!model) return;
  const first = Math.max(1, Math.min(start, model.getLineCount()));
  const last = Math.max(first, Math.min(end, model.getLineCount()));
  ed.setSelection(new monaco.Range(first, 1, last, model.getLineMaxColumn(last)));
  // Monaco's folding unfolds a folded node when the selection lands inside it.
  ed.revealLineNearTop(first, monaco.editor.ScrollType.Immediate);
  ed.focus();
}

export default function ProofEditorInner(props: ProofEditorProps) {
  const scheme = useColorScheme();
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const remoteChange = useRef(false);
  const propsRef = useRef(props);
  propsRef.current = props;
  const decoApi = useRef<DecorationsApi | null>(null);

  const saver = useDebouncedSave(editor, propsRef, remoteChange, () => decoApi.current);
  const end = useStickToEnd(editor);

  // Replace the text when the document changes (another round, or a finished draft). An
  // edit still waiting for its debounce is saved first, to the document it was typed in.
  // A layout effect: it runs in the commit's own task, so no keystroke can slip in between
  // the render that computed the new document and the decision to load it (a passive effect
  // runs after the paint, a frame or more later on a busy machine).
  const shownRound = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the document changes
  useLayoutEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const typedUnsaved = saver.hasPending();
    saver.flushNow();
    const replace = shouldReplaceText({
      previousRoundId: shownRound.current,
      roundId: props.roundId,
      continues: props.continues,
      typedUnsaved,
      editorText: model.getValue(),
      newText: props.initialText,
    });
    shownRound.current = props.roundId;
    if (replace) {
      remoteChange.current = true;
      model.setValue(props.initialText);
      remoteChange.current = false;
      end?.reset();
    }
  }, [editor, props.documentKey]);
  // The document follows its edits into the round a save forked (same key, another round):
  // going back to the round they started from is then leaving that document, not staying.
  useLayoutEffect(() => {
    shownRound.current = props.roundId;
  }, [props.roundId]);

  useStreamAppend(editor, props.stream, remoteChange, end);
  useEditorFollowers(editor, propsRef, remoteChange, !!props.stream);
  // Declared after the text effects: React runs effects in order, and findings must be
  // placed on the new text, not on the one it replaces.
  const deco = useFindingDecorations(editor, {
    ...props,
    storedText: props.stream ? null : (props.findingsText ?? props.initialText),
  });
  decoApi.current = deco.layer;
  const zoneNode = useFindingZone(editor, deco.layer, props.selectedFindingId);
  useOutlineFolding(editor, !!props.stream);

  useEffect(() => {
    editor?.updateOptions({ readOnly: props.readOnly });
  }, [editor, props.readOnly]);

  return (
    <div
      className={styles.proofEditor}
      data-testid="proof-editor"
      data-decorations={deco.json}
      data-ready={editor ? 'true' : 'false'}
    >
      <Editor
        language="markdown"
        theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
        // A new object on every render, on purpose: the wrapper then calls updateOptions each
        // time, and following a stream after the reader scrolls back to its end relies on it
        // (a memoised object broke e2e/streams "a reader who scrolls up…").
        options={{ ...EDITOR_OPTIONS, readOnly: props.readOnly, placeholder: props.placeholder }}
        defaultValue={props.initialText}
        onMount={(ed) => {
          ed.getModel()?.updateOptions(MODEL_OPTIONS);
          ed.addAction({
            id: 'proofdesk.addFinding',
            label: 'Add finding…',
            contextMenuGroupId: 'navigation',
            contextMenuOrder: 0,
            keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyM],
            run: () => {
              const at = editorSelection(ed);
              if (at && propsRef.current.onAddFinding) propsRef.current.onAddFinding(at);
            },
          });
          setEditor(ed);
          props.onReady?.({
            getText: () => ed.getValue(),
            flush: () => saver.flushNow(),
            selection: () => editorSelection(ed),
            selectLines: (start, end) => selectLines(ed, start, end),
            placements: () => decoApi.current?.placements() ?? [],
            moveFinding: (id, anchor) => decoApi.current?.moveFinding(id, anchor),
          });
        }}
      />
      {zoneNode && props.selectedFindingId && props.renderZone
        ? createPortal(
            <div className="finding-zone-box">{props.renderZone(props.selectedFindingId)}</div>,
            zoneNode,
          )
        : null}
    </div>
  );
}
