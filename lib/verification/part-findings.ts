import { anchorFindings } from '@/lib/findings/anchor';
import { stampAnchor } from '@/lib/findings/anchor-status';
import { lineStartsOf } from '@/lib/math/line-starts';
import type { Anchor, LineRange, ParsedFinding } from '@/lib/schemas/findings';

export type PartLines = { startLine: number; endLine: number };
export type PlacedPartFinding = ParsedFinding & { anchor: Anchor | null };

/**
 * Pins a part verifier's findings inside the part (issue 17). The verifier saw only the
 * part's lines, so:
 * - quotes are looked for in the part's text only (a formula the part shares with another
 *   lemma is placed on the part's copy, never elsewhere);
 * - cited lines reaching past the part are **clamped** to it (`L10-L40` for a part on
 *   L12-L20 becomes L12-L20): the verifier read those lines and means something in them;
 * - a finding that cites only lines outside the part and whose quote is not in the part is
 *   **dropped**: it is about text the verifier was not shown to check (a given fact, say),
 *   and pinning it on the part would blame the part for it;
 * - a finding with neither a placeable quote nor lines is pinned on the whole part (orphan).
 */
export function placePartFindings(
  proof: string,
  part: PartLines,
  findings: ParsedFinding[],
): { kept: PlacedPartFinding[]; dropped: ParsedFinding[] } {
  const starts = lineStartsOf(proof);
  const base = starts[part.startLine - 1] ?? proof.length;
  const endOf = (line: number) => (starts[line] !== undefined ? starts[line] - 1 : proof.length);
  const partText = proof.slice(base, endOf(part.endLine));
  const shift = part.startLine - 1;
  const kept: PlacedPartFinding[] = [];
  const dropped: ParsedFinding[] = [];
  for (const f of findings) {
    const lines = f.lines ? clamp(f.lines, part) : null;
    const outside = !!f.lines && !lines;
    const local = lines ? { start: lines.start - shift, end: lines.end - shift } : null;
    const [found] = anchorFindings(partText, [
      { quote: f.quote, lines: local, context: f.description },
    ]);
    if (!found && outside) {
      dropped.push(f);
      continue;
    }
    const anchor: Anchor = found
      ? {
          ...found,
          startLine: found.startLine + shift,
          endLine: found.endLine + shift,
          startOffset: found.startOffset + base,
          endOffset: found.endOffset + base,
        }
      : {
          startLine: part.startLine,
          endLine: part.endLine,
          startOffset: base,
          endOffset: endOf(part.endLine),
          confidence: 'orphan',
          similarity: 0,
        };
    kept.push({ ...f, lines, anchor: stampAnchor(proof, anchor) });
  }
  return { kept, dropped };
}

function clamp(lines: LineRange, part: PartLines): LineRange | null {
  const start = Math.max(lines.start, part.startLine);
  const end = Math.min(lines.end, part.endLine);
  return start <= end ? { start, end } : null;
}
