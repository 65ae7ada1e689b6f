import 'server-only';
import {
  keptByVerification,
  latestVerification,
  listRoundFindings,
  listSamples,
  type MergedRow,
  recordMergedVerification,
  setRoundScore,
} from '@/lib/db';
import { inheritLineage } from '@/lib/findings/lineage';
import { mergeSampleFindings } from '@/lib/verification/merge';
import { roundScoreOf } from '@/lib/verification/verdict';
import type { StoredSample } from './store-sample';

/**
 * Merges the findings of a verification's samples and records them on the round: one
 * finding per issue ("found by k of n"), decided findings kept and joined by the wordings
 * that match them, undecided ones replaced (keeping their lineage across rounds).
 */
export async function storeMergedVerification(input: {
  roundId: string;
  verificationId: string;
  runId: string | null;
  samples: StoredSample[];
  minConfirmed: number;
}): Promise<void> {
  const existing = await listRoundFindings(input.roundId);
  // A person's own findings and the checker's stand apart from the verifier's: never merged,
  // never "found by 0 of n". Decided or answered verifier findings are kept and joined by
  // matching wordings.
  // A part verification's findings (`nodeId`) belong to that part's verification alone.
  const verifiers = existing.filter((f) => f.source === 'verifier' && !f.nodeId);
  const kept = verifiers.filter(keptByVerification);
  const inherited = verifiers.filter((f) => !keptByVerification(f));
  const answered = input.samples.filter((s) => s.status === 'succeeded');
  const merged = mergeSampleFindings(
    answered.flatMap((s) => s.findings),
    kept,
  );
  const leads = merged.flatMap((m) =>
    m.lead ? [{ ...m.lead, severity: m.severity, carriedFromId: null as string | null }] : [],
  );
  const fresh = inheritLineage(leads, inherited);
  let next = 0;
  const rows: MergedRow[] = merged.map((m) => {
    const lead = m.lead ? fresh[next++] : null;
    return {
      keptId: m.keptId,
      finding: lead
        ? {
            severity: m.severity,
            quote: lead.quote,
            lines: lead.lines,
            description: lead.description,
            suggestion: lead.suggestion,
            category: lead.category,
            anchor: lead.anchor,
            carriedFromId: lead.carriedFromId,
          }
        : null,
      sampleFindingIds: m.members.map((x) => x.sampleFindingId),
      foundBy: m.foundBy,
    };
  });
  await recordMergedVerification({
    roundId: input.roundId,
    verificationId: input.verificationId,
    runId: input.runId,
    sampleCount: answered.length,
    score: roundScoreOf(
      answered.map((s) => ({ score: s.score, metaScore: null })),
      input.minConfirmed,
    ),
    merged: rows,
    keptIds: kept.map((f) => f.id),
  });
}

/** After meta-verification: the round's score becomes the paper's verdict. */
export async function refreshRoundScore(roundId: string, minConfirmed: number): Promise<void> {
  const v = await latestVerification(roundId);
  if (!v) return;
  const samples = (await listSamples(v.id)).filter((s) => s.status === 'succeeded');
  await setRoundScore(roundId, roundScoreOf(samples, minConfirmed));
}
