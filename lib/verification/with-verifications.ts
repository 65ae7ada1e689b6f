import 'server-only';
import { verificationsForRounds } from '@/lib/db';
import type { SessionDetail } from '@/lib/schemas';
import { assembleVerification } from '@/lib/verification/assemble';
import { verificationSettings } from './settings';

/**
 * Adds what many verifiers and meta-verification know to a session: each round's latest
 * verification (samples, distribution, verdict), each finding's support, and the settings.
 */
export async function withVerifications(detail: SessionDetail): Promise<SessionDetail> {
  const settings = await verificationSettings(detail.id);
  const found = await verificationsForRounds(detail.rounds.map((r) => r.id));
  const byRound = new Map(found.map((v) => [v.verification.roundId, v]));
  const rounds = detail.rounds.map((r) => {
    const v = byRound.get(r.id);
    if (!v) return { ...r, verification: null };
    const { view, supportByFinding } = assembleVerification(
      v.verification,
      v.samples,
      v.wordings,
      v.support,
      settings.minConfirmed,
    );
    return {
      ...r,
      verification: view,
      findings: r.findings.map((f) => ({ ...f, support: supportByFinding.get(f.id) ?? null })),
    };
  });
  return { ...detail, rounds, pipeline: settings };
}
