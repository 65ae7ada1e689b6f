import 'server-only';
import { getRoundRow, partScoresOf, type RoundRow } from '@/lib/db';
import { partFingerprint } from './carry-part-scores';
import { partOfProof } from './verify-part-step';

/** How far back a part's earlier verification is looked for. */
const MAX_ANCESTORS = 50;

/**
 * The score of an earlier verification of this very part: on this round, or on an ancestor
 * whose part (and the statements it cites) reads the same — a part rewrite leaves the other
 * parts byte-identical, so their verifications still hold. Undefined when there is none: a
 * resumed part-by-part autopilot verifies only what no run has verified yet.
 */
export async function knownPartScore(
  round: RoundRow,
  nodeId: string,
): Promise<number | null | undefined> {
  const found = partOfProof(round.proof, nodeId);
  if (!found) return undefined;
  const same = partFingerprint(found.part);
  let at: RoundRow | undefined = round;
  for (let i = 0; at && i < MAX_ANCESTORS; i++) {
    if (at !== round) {
      const there = partOfProof(at.proof, nodeId);
      if (!there || partFingerprint(there.part) !== same) return undefined;
    }
    const scores = (await partScoresOf([at.id])).get(at.id);
    if (scores && Object.hasOwn(scores, nodeId)) return scores[nodeId];
    at = at.parentRoundId ? await getRoundRow(at.parentRoundId) : undefined;
  }
  return undefined;
}
