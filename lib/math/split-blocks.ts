const FENCE = /^[ \t]*(`{3,}|~{3,}|\${2,})/;
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^[ \t]/;

/**
 * Splits (normalised) Markdown into top-level blocks that render the same apart as together:
 * paragraphs, lists (items separated by blank lines stay one list), fenced code and `$$`
 * display math (blank lines inside do not split them). A streaming renderer memoises every
 * block but the last, so only the tail re-renders as text arrives. Joining the blocks with
 * blank lines gives back an equivalent document.
 */
export function splitBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: { char: string; length: number } | null = null;
  let isList = false;
  let sawBlank = false;

  const finish = () => {
    if (current.length > 0) blocks.push(current.join('\n'));
    current = [];
    isList = false;
  };

  for (const line of markdown.split('\n')) {
    if (fence) {
      current.push(line);
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (line.trim() === '') {
      sawBlank = current.length > 0;
      if (isList) current.push(line);
      continue;
    }
    if (sawBlank && !(isList && (INDENTED.test(line) || LIST_ITEM.test(line)))) finish();
    sawBlank = false;
    if (LIST_ITEM.test(line)) isList = true;
    current.push(line);
    const open = FENCE.exec(line);
    if (open && !closesOnSameLine(line, open[1]))
      fence = { char: open[1][0], length: open[1].length };
  }
  finish();
  // Blank lines kept inside a list while waiting for its next item are not part of it.
  return blocks.map((block) => block.replace(/\n[ \t\n]*$/, ''));
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && [...trimmed].every((ch) => ch === fence.char);
}

/** `$$x$$` on one line is inline math, not an opening fence. */
function closesOnSameLine(line: string, opener: string): boolean {
  return opener[0] === '$' && line.trim().length > opener.length && line.trim().endsWith('$$');
}
