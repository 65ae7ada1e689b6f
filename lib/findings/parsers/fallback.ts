import { lastBoxedScore } from '@/lib/parse/boxed';
import { scoreFromPhrase } from '@/lib/parse/score';
import type { ParsedReport } from '@/lib/schemas/findings';
import { capText } from './text';

/**
 * A report no parser understands is kept whole, as one unanchored finding (never dropped),
 * with the score if it states one. The number is kept as written: the format is unknown, so
 * there is no rubric to check it against.
 */
export function parseUnknownReport(text: string): ParsedReport {
  const report = text.trim();
  if (!report) return { format: 'unknown', score: null, summary: '', findings: [] };
  return {
    format: 'unknown',
    score: lastBoxedScore(report) ?? scoreFromPhrase(report),
    summary: '',
    findings: [
      { severity: 'gap', quote: '', lines: null, description: capText(report), suggestion: '' },
    ],
  };
}
