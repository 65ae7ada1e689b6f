import type { ParsedReport, ReportFormat } from '@/lib/schemas/findings';
import { parseDeepseekReport } from './deepseek';
import { parseUnknownReport } from './fallback';
import { parseImo25Report } from './imo25';
import { parseJsonReport } from './json';
import { parseProofdeskReport } from './proofdesk';

export type ReportParser = (text: string) => ParsedReport | null;

/**
 * Most specific first: our own block (`[ISSUE`, `### Issues`), then the IMO25 agent's
 * labelled findings, then JSON, then DeepSeekMath-V2's prose, whose markers are the loosest
 * (our prompt asks for the same opening sentence, hence ours comes before it).
 */
const PARSERS: ReadonlyArray<readonly [Exclude<ReportFormat, 'unknown'>, ReportParser]> = [
  ['proofdesk', parseProofdeskReport],
  ['imo25', parseImo25Report],
  ['json', parseJsonReport],
  ['deepseek', parseDeepseekReport],
];

/** Reads any verifier report; one that no parser understands comes back whole (format `unknown`). */
export function parseReport(text: string): ParsedReport {
  if (!text.trim()) return parseUnknownReport(text);
  for (const [, parse] of PARSERS) {
    const report = parse(text);
    if (report) return report;
  }
  return parseUnknownReport(text);
}

/**
 * Reads a report trying the given format first (the one a prompt set asked the verifier
 * for), then every other parser in the usual order: a verifier that ignored the requested
 * format is still read leniently.
 */
export function parseReportPreferring(
  text: string,
  first: Exclude<ReportFormat, 'unknown'> | null,
): ParsedReport {
  const preferred = first ? PARSERS.find(([name]) => name === first)?.[1] : undefined;
  return (text.trim() && preferred?.(text)) || parseReport(text);
}

/** Reads a report as the given format; if it is not in that format, it is kept whole as `unknown`. */
export function parseReportAs(text: string, format: ReportFormat): ParsedReport {
  const parse = PARSERS.find(([name]) => name === format)?.[1];
  return parse?.(text) ?? parseUnknownReport(text);
}

export {
  parseDeepseekReport,
  parseImo25Report,
  parseJsonReport,
  parseProofdeskReport,
  parseUnknownReport,
};
