import 'server-only';
import {
  createRound,
  getRoundRow,
  listRoundAnchors,
  listRoundFindings,
  saveProofWithPlacements,
} from '@/lib/db';
import { AppError, notFound, tooLarge } from '@/lib/errors';
import { placementsAfterEdit } from '@/lib/findings/anchor/after-edit';
import { checkRoundQuietly } from '@/lib/findings/check-round';
import { activeRunForSession, carryFindingsForward, carryPartScores } from '@/lib/runs';
import { byteLength, type Finding, type LivePlacement, MAX_PROOF_BYTES } from '@/lib/schemas';
import { textFingerprint } from './text-fingerprint';

export type EditResult = { roundId: string; forked: boolean; conflict?: boolean };

// Two saves of the same verified round at once must make one new round, not two.
const forks = new Map<string, Promise<EditResult>>();

/**
 * A person's edit of a proof. A round that is not verified is edited in place. A verified
 * round (or one being verified) keeps the text its score and findings belong to: the edit
 * becomes a new round ("edited from R2") that carries the findings over as Refine does, with
 * the person's decisions and notes (the review goes on).
 * An edit typed over a text the round no longer holds (`base`, another tab saved meanwhile)
 * is not written over that text either: it becomes a new round the same way, and says so.
 * Refused while a run is writing the round.
 */
export async function editRoundProof(
  roundId: string,
  proof: string,
  placements: LivePlacement[] = [],
  base?: string,
): Promise<EditResult & { findings: Finding[] }> {
  const result = await saveEdit(roundId, proof, placements, base);
  // The client saves a hand edit after a pause in typing: the checker rereads it then.
  await checkRoundQuietly(result.roundId);
  return { ...result, findings: await listRoundFindings(result.roundId) };
}

async function saveEdit(
  roundId: string,
  proof: string,
  placements: LivePlacement[],
  base?: string,
): Promise<EditResult> {
  if (byteLength(proof) > MAX_PROOF_BYTES) throw tooLarge(MAX_PROOF_BYTES, 'The proof');
  const round = await getRoundRow(roundId);
  if (!round) throw notFound('Round');
  const active = activeRunForSession(round.sessionId);
  const busy = active && active.run.roundId === roundId;
  if (busy && active.run.kind !== 'verify') {
    throw new AppError(
      'conflict',
      'This round is still being written by the model; stop the run to edit it.',
    );
  }
  const verified = round.score !== null || busy;
  const conflict = base !== undefined && base !== textFingerprint(round.proof);
  if (proof === round.proof || (!verified && !conflict)) {
    await saveWithPlaces(roundId, round.proof, proof, placements);
    return { roundId, forked: false };
  }
  const pending = forks.get(roundId);
  if (pending) {
    // The same edit's next save, while its fork is being made: it goes on in that round.
    const { roundId: child } = await pending;
    return saveEdit(child, proof, placements);
  }
  const fork = (async () => {
    const next = await createRound({
      sessionId: round.sessionId,
      origin: 'manual',
      proof,
      parentRoundId: round.id,
    });
    await carryFindingsForward({ id: round.id, proof: round.proof }, next.id, {
      keepDecisions: true,
      shown: new Set(placements.map((p) => p.findingId)),
    });
    await carryPartScores(round, next.id);
    // Where the editor drew the findings it carried over beats a search for their quotes.
    await saveWithPlaces(next.id, proof, proof, placements);
    return conflict
      ? { roundId: next.id, forked: true, conflict }
      : { roundId: next.id, forked: true };
  })();
  forks.set(roundId, fork);
  try {
    return await fork;
  } finally {
    forks.delete(roundId);
  }
}

/** The new text and, in the same write, a place for every anchored finding in it. */
async function saveWithPlaces(
  roundId: string,
  oldProof: string,
  proof: string,
  fromEditor: LivePlacement[],
): Promise<void> {
  const findings = await listRoundAnchors(roundId);
  const places = placementsAfterEdit(findings, fromEditor, oldProof, proof);
  await saveProofWithPlacements(roundId, proof, places);
}
