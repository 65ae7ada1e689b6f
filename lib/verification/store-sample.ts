import 'server-only';
import { saveSample } from '@/lib/db';
import { anchorFindings } from '@/lib/findings/anchor';
import { stampAnchor } from '@/lib/findings/anchor-status';
import { parseReportPreferring } from '@/lib/findings/parsers';
import type { TokenUsage } from '@/lib/model/types';
import { SET_PARSERS, type SetParser } from '@/lib/prompts/parsers';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import type { SampleFinding } from '@/lib/verification/merge';

export type ReportIn = {
  status: 'succeeded' | 'failed';
  text: string;
  reasoning: string;
  error: string | null;
  usage: TokenUsage | null;
  startedAt: number;
  finishedAt: number;
};

export type StoredFinding = SampleFinding &
  ParsedFinding & { anchor: Anchor | null; sampleFindingId: string };

export type StoredSample = {
  sampleId: string;
  index: number;
  status: 'succeeded' | 'failed';
  score: number | null;
  finishedAt: number;
  findings: StoredFinding[];
};

/**
 * One verifier report → a stored sample: parsed leniently (any known format), every
 * finding placed in the proof as it was when sent, saved at once (step by step, so a
 * restart keeps every finished sample).
 */
export async function storeSampleReport(
  verificationId: string,
  index: number,
  proof: string,
  report: ReportIn,
  /** The parser the prompt set names: tried first, then the others (lenient). */
  parser: SetParser = 'auto',
): Promise<StoredSample> {
  const answered = report.status === 'succeeded' && report.text.trim().length > 0;
  const parsed = answered ? parseReportPreferring(report.text, SET_PARSERS[parser]) : null;
  const anchors = parsed
    ? anchorFindings(
        proof,
        parsed.findings.map((f) => ({ quote: f.quote, lines: f.lines, context: f.description })),
      )
    : [];
  const items = (parsed?.findings ?? []).map((f, k) => ({
    ...f,
    anchor: stampAnchor(proof, anchors[k] ?? null),
  }));
  const status = answered ? 'succeeded' : 'failed';
  const saved = await saveSample({
    verificationId,
    index,
    status,
    score: parsed?.score ?? null,
    text: report.text,
    reasoning: report.reasoning,
    error: answered ? null : (report.error ?? 'The verifier returned an empty report.'),
    usage: report.usage,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    findings: items,
  });
  return {
    sampleId: saved.sampleId,
    index,
    status,
    score: parsed?.score ?? null,
    finishedAt: report.finishedAt,
    findings: items.map((f, k) => ({ ...f, sample: index, sampleFindingId: saved.findingIds[k] })),
  };
}
