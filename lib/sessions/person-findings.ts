import 'server-only';
import {
  addReply,
  deleteFindingRow,
  getFinding,
  getRoundRow,
  insertPersonFinding,
  refinedFrom,
  setDecision,
  updateFindingContent,
} from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { anchorFromSelection } from '@/lib/findings/selection-anchor';
import type {
  CreateFindingInput,
  CreateReplyInput,
  Finding,
  FindingPatch,
  FindingReply,
} from '@/lib/schemas';

/** Refused once the round's findings went to a refinement: the model has read them. */
async function assertOpen(roundId: string, what: string): Promise<void> {
  const refined = await refinedFrom(roundId);
  if (refined) {
    throw new AppError(
      'conflict',
      `${what}: this round was already refined into round ${refined.index}. Work on that round instead.`,
    );
  }
}

/** `POST /api/rounds/:id/findings`: a person's finding, anchored exactly on their selection. */
export async function addPersonFinding(
  roundId: string,
  input: CreateFindingInput,
): Promise<Finding> {
  const round = await getRoundRow(roundId);
  if (!round) throw notFound('Round');
  await assertOpen(roundId, 'A finding cannot be added');
  const placed = anchorFromSelection(round.proof, input);
  if (!placed.ok) throw new AppError('bad_request', placed.message);
  return insertPersonFinding({
    roundId,
    severity: input.severity,
    category: input.category || null,
    description: input.description,
    suggestion: input.suggestion ?? '',
    quote: placed.quote,
    anchor: placed.anchor,
  });
}

async function findingOrThrow(id: string): Promise<Finding> {
  const f = await getFinding(id);
  if (!f) throw notFound('Finding');
  return f;
}

/**
 * `PATCH /api/findings/:id`: a decision on any finding; new wording only for a person's own
 * finding, and only until the next Refine.
 */
export async function patchFinding(id: string, patch: FindingPatch): Promise<Finding> {
  const f = await findingOrThrow(id);
  const { decision, note, ...content } = patch;
  if (Object.values(content).some((v) => v !== undefined)) {
    if (f.source !== 'person') {
      throw new AppError(
        'conflict',
        'Only a finding a person wrote can be reworded; decide on a verifier’s finding instead (accept, override with a note, dismiss).',
      );
    }
    await assertOpen(f.roundId, 'This finding can no longer be edited');
    await updateFindingContent(id, {
      ...content,
      ...(content.category !== undefined ? { category: content.category || null } : {}),
    });
  }
  if (decision) return setDecision(id, decision, note);
  return findingOrThrow(id);
}

/** `DELETE /api/findings/:id`: a person's finding only; a verifier's is dismissed, never deleted. */
export async function deletePersonFinding(id: string): Promise<void> {
  const f = await findingOrThrow(id);
  if (f.source !== 'person') {
    throw new AppError(
      'conflict',
      'A verifier’s finding is never deleted: dismiss it instead, so the decision stays on record.',
    );
  }
  await assertOpen(f.roundId, 'This finding can no longer be deleted');
  await deleteFindingRow(id);
}

/** `POST /api/findings/:id/replies`: a reply, which may also change the decision. */
export async function replyToFinding(
  id: string,
  input: CreateReplyInput,
  author: string | null,
): Promise<FindingReply> {
  await findingOrThrow(id);
  return addReply({ findingId: id, text: input.text, author, decision: input.decision });
}
