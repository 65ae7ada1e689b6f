import { anchorFindings } from '@/lib/findings/anchor';
import { stampAnchor } from '@/lib/findings/anchor-status';
import { parseReport, parseReportAs } from '@/lib/findings/parsers';
import { parseGeneration } from '@/lib/parse/generation';
import type { Anchor, ParsedFinding, ReportFormat } from '@/lib/schemas';
import { contestScale } from './contest-scale';
import type { ImportFormat, ImportRecord } from './records';

export type AnalyzedRecord = {
  id: string;
  line: number;
  problem: string;
  proof: string;
  selfEvaluation: string | null;
  selfScore: number | null;
  /** The verifier's score (a report's, or DeepSeekMath-V2's mean automatic rating). */
  score: number | null;
  findings: (ParsedFinding & { anchor: Anchor | null })[];
  /** A person's grade released with the record (DeepSeekMath-V2's `human_rating`). */
  humanGrade: { points: number; maxPoints: number } | null;
};

const FORCED: Partial<Record<ImportFormat, ReportFormat>> = {
  imo25: 'imo25',
  'proofdesk-json': 'proofdesk',
};

/**
 * One imported record → what a session's first round holds: the proof, the report's
 * findings placed on its lines, and a score. Pure, so the browser can preview an import.
 */
export function analyzeRecord(record: ImportRecord, format: ImportFormat): AnalyzedRecord {
  if (record.kind === 'deepseek') {
    const d = record.data;
    const gen = parseGeneration(d.model_prediction.proof);
    const report = gen.selfEvaluation ? parseReport(gen.selfEvaluation) : null;
    const findings = report?.findings ?? [];
    const anchors = anchorFindings(
      gen.proof,
      findings.map((f) => ({ quote: f.quote, lines: f.lines, context: f.description })),
    );
    return {
      id: String(d.problem_idx ?? `line-${record.line}`),
      line: record.line,
      problem: d.question,
      proof: gen.proof,
      selfEvaluation: gen.selfEvaluation,
      selfScore: gen.selfScore,
      score: d.model_prediction.average_automatic_rating ?? null,
      humanGrade:
        typeof d.model_prediction.human_rating === 'number'
          ? {
              points: d.model_prediction.human_rating,
              maxPoints: contestScale({
                problem_idx: d.problem_idx,
                source: d.source ?? undefined,
              }),
            }
          : null,
      findings: findings.map((f, i) => ({
        ...f,
        anchor: stampAnchor(gen.proof, anchors[i] ?? null),
      })),
    };
  }
  const r = record.data;
  const forced = FORCED[format];
  const report = r.report?.trim()
    ? forced
      ? parseReportAs(r.report, forced)
      : parseReport(r.report)
    : null;
  const findings = report?.findings ?? [];
  const anchors = anchorFindings(
    r.proof,
    findings.map((f) => ({ quote: f.quote, lines: f.lines, context: f.description })),
  );
  return {
    id: String(r.id ?? `line-${record.line}`),
    line: record.line,
    problem: r.problem,
    proof: r.proof,
    selfEvaluation: null,
    selfScore: null,
    score: report?.score ?? null,
    humanGrade: null,
    findings: findings.map((f, i) => ({ ...f, anchor: stampAnchor(r.proof, anchors[i] ?? null) })),
  };
}
