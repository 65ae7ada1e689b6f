import 'server-only';
import {
  completeRoundDraft,
  createRound,
  createVerification,
  getCandidate,
  getRoundRow,
  getSearch,
  searchVerificationTexts,
  updateSearch,
} from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { verificationSettings } from '@/lib/verification/settings';
import { storeMergedVerification } from '@/lib/verification/store-merged';
import { storeSampleReport } from '@/lib/verification/store-sample';
import { searchView } from './view';

/**
 * "Open as round": a proof of the pool (the best so far by default) becomes a new round of
 * the session, with the search's verifications of it as that round's samples, so its merged
 * findings and score are there at once, without asking the model again.
 */
export async function openCandidateAsRound(
  searchId: string,
  candidateId?: string,
): Promise<{ roundId: string }> {
  // One at a time per search: a second click waits for the first and gets its round.
  const previous = opening.get(searchId) ?? Promise.resolve();
  const task = previous.catch(() => {}).then(() => openOnce(searchId, candidateId));
  opening.set(searchId, task);
  try {
    return await task;
  } finally {
    if (opening.get(searchId) === task) opening.delete(searchId);
  }
}

const opening = new Map<string, Promise<{ roundId: string }>>();

/** Opening the same proof again returns the round it already became. */
async function openOnce(searchId: string, candidateId?: string): Promise<{ roundId: string }> {
  const search = await getSearch(searchId);
  if (!search) throw notFound('Search');
  const id = candidateId ?? (await searchView(searchId)).best?.id;
  if (!id) throw new AppError('conflict', 'No proof of this search has been verified yet.');
  const candidate = await getCandidate(searchId, id);
  if (!candidate) throw notFound('Proof');
  if (candidate.failed || !candidate.proof.trim()) {
    throw new AppError('conflict', 'This proof was not written completely.');
  }
  const opened = search.roundId ? await getRoundRow(search.roundId) : undefined;
  if (opened && opened.origin === 'search' && opened.proof === candidate.proof) {
    return { roundId: opened.id };
  }
  const round = await createRound({ sessionId: search.sessionId, origin: 'search' });
  await completeRoundDraft(round.id, {
    proof: candidate.proof,
    selfEvaluation: null,
    selfScore: candidate.selfScore,
    truncated: false,
  });
  const reports = await searchVerificationTexts({ candidateId: candidate.id });
  if (reports.length) {
    const verificationId = await createVerification({
      roundId: round.id,
      runId: null,
      sampleCount: reports.length,
    });
    const samples = [];
    for (const [i, r] of reports.entries()) {
      samples.push(
        await storeSampleReport(verificationId, i, candidate.proof, {
          status: r.failed ? 'failed' : 'succeeded',
          text: r.text,
          reasoning: '',
          error: r.failed ? 'The verification request failed.' : null,
          usage: null,
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
        }),
      );
    }
    const { minConfirmed } = await verificationSettings(search.sessionId);
    await storeMergedVerification({
      roundId: round.id,
      verificationId,
      runId: null,
      samples,
      minConfirmed,
    });
  }
  await updateSearch(searchId, { roundId: round.id });
  return { roundId: round.id };
}
