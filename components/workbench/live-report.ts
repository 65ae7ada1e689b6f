import { parseReportPreferring } from '@/lib/findings/parsers';
import { isSetParser, SET_PARSERS } from '@/lib/prompts/parsers';
import type { ParsedFinding, RunProgress } from '@/lib/schemas';

export type LiveReportView = {
  /** One line for the person: what the verifier is doing now. */
  headline: string;
  /** Findings parsed from the report so far (single-sample Verify only). */
  findings: ParsedFinding[];
};

/**
 * What a running verification has produced so far, read with the same lenient parsers as
 * the finished report. A report no parser recognises yet shows no findings (the fallback
 * would offer the whole partial text as one). Many samples: where the samples stand.
 */
export function liveReport(
  text: string,
  progress: RunProgress | null,
  /** The parser the run's prompt set names, once the page knows it (tried first). */
  parser: string | null = null,
  /** How much the verifier has reasoned so far (a thinking model, before its report). */
  reasoningChars = 0,
): LiveReportView {
  if (progress?.requestsTotal && progress.requestsTotal > 1) {
    const tokens = progress.tokens.prompt + progress.tokens.completion;
    return {
      headline: `${progress.phase} · ${progress.requestsDone} of ${progress.requestsTotal} samples done · ${tokens.toLocaleString('en')} tokens · ${Math.round(progress.elapsedMs / 1000)} s`,
      findings: [],
    };
  }
  // A thinking verifier can reason for minutes before its report's first word: say where that
  // reasoning is, rather than that the verifier is still awaited.
  if (!text.trim() && reasoningChars > 0)
    return {
      headline: `The verifier is reasoning: ${reasoningChars.toLocaleString('en')} characters so far, in Reasoning under the editor. Its findings show here as its report arrives.`,
      findings: [],
    };
  if (!text.trim() && progress) {
    // Meta-verification and other multi-step work: where it stands.
    const tokens = progress.tokens.prompt + progress.tokens.completion;
    return {
      headline: `${progress.phase} · ${tokens.toLocaleString('en')} tokens · ${Math.round(progress.elapsedMs / 1000)} s`,
      findings: [],
    };
  }
  if (!text.trim()) return { headline: 'Waiting for the verifier…', findings: [] };
  const report = parseReportPreferring(text, isSetParser(parser) ? SET_PARSERS[parser] : null);
  const findings = report.format === 'unknown' ? [] : report.findings;
  const count = findings.length;
  return {
    headline: `Reading the report… ${count} finding${count === 1 ? '' : 's'} so far`,
    findings,
  };
}
