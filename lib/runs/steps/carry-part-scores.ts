import 'server-only';
import { copyPartVerifications, getRoundRow, partScoresOf } from '@/lib/db';
import { buildOutline } from '@/lib/structure/outline';
import { type PartContext, partContext } from '@/lib/structure/part-context';

/** A part as its verifier saw it: its lines and the statements it was given. */
export function partFingerprint(part: PartContext): string {
  return JSON.stringify([part.lines, part.given.map((g) => g.text)]);
}

/** The fingerprints of a proof's parts `nodeIds`, from one outline of it. */
function partTexts(proof: string, nodeIds: string[]): Map<string, string> {
  const outline = buildOutline(proof);
  const out = new Map<string, string>();
  for (const nodeId of nodeIds) {
    const part = partContext(proof, outline, nodeId);
    if (part) out.set(nodeId, partFingerprint(part));
  }
  return out;
}

/**
 * A new round made from `parent` (a part rewritten, a refinement, a person's edit) keeps the
 * part scores of every part that reads the same in it, cited statements included, so its
 * outline shows them verified rather than new; a part whose text or givens changed starts
 * unverified.
 */
export async function carryPartScores(
  parent: { id: string; proof: string },
  roundId: string,
): Promise<void> {
  const scores = (await partScoresOf([parent.id])).get(parent.id);
  const round = await getRoundRow(roundId);
  if (!scores || !round) return;
  const nodeIds = Object.keys(scores);
  const before = partTexts(parent.proof, nodeIds);
  const after = partTexts(round.proof, nodeIds);
  const same = nodeIds.filter((id) => before.has(id) && before.get(id) === after.get(id));
  await copyPartVerifications(parent.id, round.id, same);
}
