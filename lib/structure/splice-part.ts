/**
 * "Rewrite this part" (issue 17), the checkable half: reading the generator's replacement of
 * one part out of its answer, and splicing it into the proof so that every byte outside the
 * part stays as it was. Pure: the run that asks for the rewrite (lib/runs/kinds/refine-part) creates the
 * new round from `splicePart`, or no round and the raw answer with `reason` when it fails.
 */

export const REPLACEMENT_BEGIN = '=== BEGIN REPLACEMENT ===';
export const REPLACEMENT_END = '=== END REPLACEMENT ===';

export type Replacement = { ok: true; text: string } | { ok: false; reason: string };

/** The text between the answer's one pair of markers (each on a line of its own). */
export function readReplacement(answer: string): Replacement {
  const lines = answer.split(/\r?\n/);
  const begins = lines.flatMap((l, i) => (l.trim() === REPLACEMENT_BEGIN ? [i] : []));
  const ends = lines.flatMap((l, i) => (l.trim() === REPLACEMENT_END ? [i] : []));
  if (begins.length === 0) return { ok: false, reason: `no "${REPLACEMENT_BEGIN}" line found` };
  if (begins.length > 1 || ends.length > 1)
    return { ok: false, reason: 'more than one replacement: the part is replaced by exactly one' };
  const end = ends[0];
  if (end === undefined || end < begins[0])
    return { ok: false, reason: `no "${REPLACEMENT_END}" line after the replacement (cut off?)` };
  const text = lines.slice(begins[0] + 1, end).join('\n');
  if (!text.trim()) return { ok: false, reason: 'the replacement is empty' };
  return { ok: true, text: text.replace(/^\n+|\n+$/g, '') };
}

/**
 * What of the replacement has streamed so far: the lines after the begin marker (up to the
 * end marker once it came), or null before the marker — the part's pane shows only these.
 */
export function replacementSoFar(answer: string): string | null {
  const lines = answer.split(/\r?\n/);
  const begin = lines.findIndex((l) => l.trim() === REPLACEMENT_BEGIN);
  if (begin === -1) return null;
  const end = lines.findIndex((l, i) => i > begin && l.trim() === REPLACEMENT_END);
  return lines.slice(begin + 1, end === -1 ? undefined : end).join('\n');
}

/**
 * The proof with lines `startLine..endLine` (1-based, inclusive) replaced by `replacement`.
 * Everything before the part's first character and after its last is copied as it was (line
 * endings included); the replacement takes the proof's line ending. Returns where the new
 * part lies.
 */
export function splicePart(
  proof: string,
  part: { startLine: number; endLine: number },
  replacement: string,
): { proof: string; startLine: number; endLine: number } {
  const starts = [0];
  for (let i = proof.indexOf('\n'); i !== -1; i = proof.indexOf('\n', i + 1)) starts.push(i + 1);
  if (part.startLine < 1 || part.endLine < part.startLine || part.endLine > starts.length)
    throw new RangeError(`lines ${part.startLine}-${part.endLine} are not in the proof`);
  const from = starts[part.startLine - 1];
  // The part's last line ends before its line break ("\r\n" or "\n"), or at the end.
  let to = part.endLine < starts.length ? starts[part.endLine] - 1 : proof.length;
  if (to > from && proof[to - 1] === '\r' && part.endLine < starts.length) to--;
  const eol = proof.includes('\r\n') ? '\r\n' : '\n';
  const body = replacement.split(/\r?\n/).join(eol);
  return {
    proof: proof.slice(0, from) + body + proof.slice(to),
    startLine: part.startLine,
    endLine: part.startLine + body.split(eol).length - 1,
  };
}
