import type { LineSelection } from '@/lib/findings/selection-anchor';
import type { Monaco } from './monaco';

type CodeEditor = ReturnType<Monaco['editor']['create']>;

/** What a person pointed at for a new finding: lines (and columns), and the text there. */
export type EditorSelection = { selection: LineSelection; quote: string };

/**
 * The editor's selection as a finding's place, or the cursor's whole line when nothing is
 * selected. Monaco keeps both after the editor loses focus, so a key pressed outside the
 * text still means "here". A selection ending at column 1 (two lines picked by their
 * numbers) ends on the line before.
 */
export function editorSelection(editor: CodeEditor): EditorSelection | null {
  const model = editor.getModel();
  const s = editor.getSelection();
  if (!model || !s) return null;
  if (s.isEmpty()) {
    const line = s.positionLineNumber;
    return { selection: { startLine: line, endLine: line }, quote: model.getLineContent(line) };
  }
  let { endLineNumber: endLine, endColumn } = s;
  if (endColumn === 1 && endLine > s.startLineNumber) {
    endLine -= 1;
    endColumn = model.getLineMaxColumn(endLine);
  }
  const range = { ...s, endLineNumber: endLine, endColumn };
  return {
    selection: {
      startLine: s.startLineNumber,
      endLine,
      startColumn: s.startColumn,
      endColumn,
    },
    quote: model.getValueInRange(range),
  };
}
