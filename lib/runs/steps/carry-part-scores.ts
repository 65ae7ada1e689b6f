import 'server-only';
import { copyPartVerifications, getRoundRow, partScoresOf } from '@/lib/db';
import { partOfProof } from './verify-part-step';

/** A part as a verifier saw it: its lines and the statements it was given. */
function partText(proof: string, nodeId: string): string | null {
  const found = partOfProof(proof, nodeId);
  return found && JSON.stringify([found.part.lines, found.part.given.map((g) => g.text)]);
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
  const same = Object.keys(scores).filter((nodeId) => {
    const before = partText(parent.proof, nodeId);
    return before !== null && before === partText(round.proof, nodeId);
  });
  await copyPartVerifications(parent.id, round.id, same);
}
