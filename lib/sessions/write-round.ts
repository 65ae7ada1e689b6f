import 'server-only';
import { createRound, getSession, listRoundFindings } from '@/lib/db';
import { notFound, tooLarge } from '@/lib/errors';
import { checkRoundQuietly } from '@/lib/findings/check-round';
import { byteLength, MAX_PROOF_BYTES } from '@/lib/schemas';
import type { EditResult } from './edit-round';

/**
 * A proof the person wrote or pasted into a session, stored as its next round ("by hand").
 * The editor makes one when the first draft of a session with no round yet is saved; from
 * then on the person's edits go to that round (editRoundProof). The checker reads it at once,
 * as it reads a saved hand edit.
 */
export async function writeRoundByHand(sessionId: string, proof: string) {
  if (byteLength(proof) > MAX_PROOF_BYTES) throw tooLarge(MAX_PROOF_BYTES, 'The proof');
  if (!(await getSession(sessionId))) throw notFound('Session');
  const round = await createRound({ sessionId, origin: 'manual', proof });
  await checkRoundQuietly(round.id);
  // `forked`: the text now lives in a round the editor did not know, as after a fork.
  const result: EditResult = { roundId: round.id, forked: true };
  return { ...result, index: round.index, findings: await listRoundFindings(round.id) };
}
