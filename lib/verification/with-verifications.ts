import 'server-only';
import { getRound, verificationsForRounds } from '@/lib/db';
import {
  type FindingsEvent,
  type Round,
  type RunStatus,
  type SessionDetail,
  TERMINAL_STATUSES,
} from '@/lib/schemas';
import { assembleVerification } from '@/lib/verification/assemble';
import { verificationSettings } from './settings';

/** Whether a run is still going, by id (a verification not completed may be on its way). */
type RunActive = (runId: string) => boolean;

/** Each round's latest verification (samples, distribution, verdict) and findings' support. */
async function enrich(rounds: Round[], minConfirmed: number, active: RunActive): Promise<Round[]> {
  const found = await verificationsForRounds(rounds.map((r) => r.id));
  const byRound = new Map(found.map((v) => [v.verification.roundId, v]));
  return rounds.map((r) => {
    const v = byRound.get(r.id);
    if (!v) return { ...r, verification: null };
    const { view, supportByFinding } = assembleVerification(
      v.verification,
      v.samples,
      v.wordings,
      v.support,
      minConfirmed,
      v.verification.completedAt === null && !!v.verification.runId && active(v.verification.runId),
    );
    return {
      ...r,
      verification: view,
      findings: r.findings.map((f) => ({ ...f, support: supportByFinding.get(f.id) ?? null })),
    };
  });
}

/**
 * Adds what many verifiers and meta-verification know to a session: each round's latest
 * verification (samples, distribution, verdict), each finding's support, and the settings.
 */
export async function withVerifications(detail: SessionDetail): Promise<SessionDetail> {
  const settings = await verificationSettings(detail.id);
  const going = new Set(
    detail.runs.filter((r) => !TERMINAL_STATUSES.includes(r.status as RunStatus)).map((r) => r.id),
  );
  return {
    ...detail,
    rounds: await enrich(detail.rounds, settings.minConfirmed, (id) => going.has(id)),
    verificationSettings: settings,
  };
}

/**
 * A round's findings as the page shows them, for the `findings` event a run sends when it
 * has stored them: the same view as the session's, so the page applies it in place.
 */
export async function findingsEvent(
  sessionId: string,
  roundId: string,
  /** The run that stored them (it is going). */
  runId: string,
): Promise<FindingsEvent | null> {
  const round = await getRound(roundId);
  if (!round) return null;
  const settings = await verificationSettings(sessionId);
  const [view] = await enrich([round], settings.minConfirmed, (id) => id === runId);
  return {
    type: 'findings',
    roundId,
    score: view.score,
    findings: view.findings,
    verification: view.verification ?? null,
    partScores: view.partScores ?? {},
  };
}
