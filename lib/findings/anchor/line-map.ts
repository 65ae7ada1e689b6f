import { diffArrays } from 'diff';
import { lineAt, lineStartsOf } from './lines';

/** Where an old offset lands in the new text; `exact` when its line survived unchanged. */
export type MappedOffset = { offset: number; exact: boolean };

export type LineMap = {
  /** Maps an old offset; `end` offsets are exclusive, so they are mapped by the char before them. */
  map(offset: number, isEnd?: boolean): MappedOffset;
};

/** For each old line, the new line it survived as, or -1 if it was changed or deleted. */
function survivingLines(oldLines: string[], newLines: string[]): Int32Array {
  const survivor = new Int32Array(oldLines.length).fill(-1);
  let oldLine = 0;
  let newLine = 0;
  // Line mode only: a character diff took seconds on 100k-char proofs (BRIEF §4).
  for (const change of diffArrays(oldLines, newLines)) {
    if (change.added) newLine += change.count;
    else if (change.removed) oldLine += change.count;
    else {
      for (let k = 0; k < change.count; k++) survivor[oldLine + k] = newLine + k;
      oldLine += change.count;
      newLine += change.count;
    }
  }
  return survivor;
}

/**
 * Maps offsets of an old proof version into a new one through a line diff (BRIEF §4,
 * "Across edits and rounds"). Offsets in unchanged lines map exactly; others land after
 * the nearest surviving line above them, which is where a search should start.
 */
export function buildLineMap(oldText: string, newText: string): LineMap {
  const oldStarts = lineStartsOf(oldText);
  const newStarts = lineStartsOf(newText);
  const survivor = survivingLines(oldText.split('\n'), newText.split('\n'));
  const newLineEnd = (line: number) =>
    line + 1 < newStarts.length ? newStarts[line + 1] : newText.length;

  return {
    map(offset, isEnd = false) {
      const probe = isEnd && offset > 0 ? offset - 1 : offset;
      const line = lineAt(oldStarts, probe) - 1;
      if (survivor[line] >= 0) {
        return { offset: newStarts[survivor[line]] + (offset - oldStarts[line]), exact: true };
      }
      for (let above = line - 1; above >= 0; above--) {
        if (survivor[above] >= 0) return { offset: newLineEnd(survivor[above]), exact: false };
      }
      return { offset: 0, exact: false };
    },
  };
}

/** An old span [start, end) carried into the new text; never inverted. */
export function mapSpan(lineMap: LineMap, start: number, end: number) {
  const startOffset = lineMap.map(start).offset;
  return { startOffset, endOffset: Math.max(startOffset, lineMap.map(end, true).offset) };
}
