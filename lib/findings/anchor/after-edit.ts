import { anchorStatus } from '@/lib/findings/anchor-status';
import type { Anchor } from '@/lib/schemas/findings';
import type { LivePlacement } from '@/lib/schemas/session';
import { buildLineMap, mapSpan } from './line-map';
import { lineStartsOf, linesOfSpan } from './lines';

export type AnchoredFinding = {
  id: string;
  /** The finding this one was carried from, when an edit forked a verified round. */
  carriedFromId: string | null;
  anchor: Anchor | null;
};

/**
 * Where every anchored finding of a round sits after a hand edit, so that the stored text
 * and the stored places never disagree. The editor's places win: a finding it drew (by id,
 * or the one it was carried from, when the editor still showed the round the edit forked
 * from) is stored where the person saw it. A finding it did not draw — the page had not
 * loaded it yet, or a save raced a reload — is carried from the old text to the new one
 * through a line diff, instead of keeping offsets into a text that no longer exists.
 */
export function placementsAfterEdit(
  findings: readonly AnchoredFinding[],
  fromEditor: readonly LivePlacement[],
  oldProof: string,
  newProof: string,
): LivePlacement[] {
  const drawn = new Map(fromEditor.map((p) => [p.findingId, p]));
  let lineMap: ReturnType<typeof buildLineMap> | null = null;
  let newStarts: number[] | null = null;
  const out: LivePlacement[] = [];
  for (const f of findings) {
    if (!f.anchor) continue;
    const seen = drawn.get(f.id) ?? (f.carriedFromId ? drawn.get(f.carriedFromId) : undefined);
    if (seen) {
      out.push({ ...seen, findingId: f.id });
      continue;
    }
    if (oldProof === newProof || f.anchor.confidence === 'orphan') continue;
    lineMap ??= buildLineMap(oldProof, newProof);
    newStarts ??= lineStartsOf(newProof);
    const { startOffset, endOffset } = mapSpan(lineMap, f.anchor.startOffset, f.anchor.endOffset);
    const lines = linesOfSpan(newStarts, startOffset, endOffset);
    const original = f.anchor.text ?? oldProof.slice(f.anchor.startOffset, f.anchor.endOffset);
    out.push({
      findingId: f.id,
      startLine: lines.start,
      endLine: lines.end,
      startOffset,
      endOffset,
      status: anchorStatus(original, newProof.slice(startOffset, endOffset)),
    });
  }
  return out;
}
