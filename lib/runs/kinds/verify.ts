import 'server-only';
import { listActionableFindings, recordVerification } from '@/lib/db';
import { anchorFindings } from '@/lib/findings/anchor';
import { stampAnchor } from '@/lib/findings/anchor-status';
import { inheritLineage } from '@/lib/findings/lineage';
import { parseReport } from '@/lib/findings/parsers';
import { AppError } from '@/lib/http/errors';
import { verificationMessages } from '@/lib/prompts/verify';
import type { RunPlan } from '../plan';

/**
 * Verification reads the report leniently (any known format, else kept whole as one
 * comment), places each finding in the proof as it was when sent, and records the score.
 */
export async function planVerify(
  session: { problem: string },
  round: { id: string; proof: string },
  runId: string,
): Promise<RunPlan> {
  const proof = round.proof;
  if (!proof.trim()) throw new AppError('conflict', 'There is no proof to verify yet.');
  return {
    role: 'verifier',
    messages: verificationMessages(session.problem, proof),
    roundId: round.id,
    finalize: async (outcome) => {
      if (outcome.status !== 'succeeded' || !outcome.text.trim()) return;
      const report = parseReport(outcome.text);
      const anchors = anchorFindings(
        proof,
        report.findings.map((f) => ({ quote: f.quote, lines: f.lines })),
      );
      const inherited = (await listActionableFindings(round.id)).filter(
        (f) => f.decision === 'pending',
      );
      const items = report.findings.map((f, i) => ({
        ...f,
        anchor: stampAnchor(proof, anchors[i] ?? null),
      }));
      await recordVerification({
        roundId: round.id,
        runId,
        score: report.score,
        items: inheritLineage(items, inherited),
      });
    },
  };
}
