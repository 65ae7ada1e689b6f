import 'server-only';
import { recordPartVerification } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { parseReportPreferring } from '@/lib/findings/parsers';
import type { RetryInfo, StreamDelta } from '@/lib/model/types';
import { SET_PARSERS } from '@/lib/prompts/parsers';
import { partVerificationPrompt } from '@/lib/prompts/verify-part';
import type { Run } from '@/lib/schemas';
import { buildOutline } from '@/lib/structure/outline';
import { partContext } from '@/lib/structure/part-context';
import { placePartFindings } from '@/lib/verification/part-findings';
import { JobFailure } from '../engine/execute-job';
import { startJob } from '../engine/start-job';
import { roundToWorkOn } from '../steps/rounds';

/**
 * "Verify this part" (issue 17): one verifier request about one outline node of a round,
 * sent the problem, the statements the part cites (as given facts) and the part's own lines
 * numbered as in the full proof. A normal run: its report streams into the run's text, Stop
 * works, the run is persisted. Its findings are pinned inside the part and stored with the
 * node's id; the part's score is kept beside the round's (whole-proof) score.
 */
export function startVerifyPart(
  sessionId: string,
  input: { roundId?: string; nodeId: string },
): Promise<Run> {
  return startJob(sessionId, {
    kind: 'verify',
    params: { nodeId: input.nodeId },
    plan: async (session) => {
      const round = await roundToWorkOn(sessionId, input.roundId);
      const outline = buildOutline(round.proof);
      const part = partContext(round.proof, outline, input.nodeId);
      if (!part) throw notFound('Part');
      const prompt = partVerificationPrompt(session.problem, part, outline.lineCount);
      return {
        roundId: round.id,
        progress: false,
        job: async (run) => {
          const active = run.active;
          const out = await run.call({
            role: 'verifier',
            messages: prompt.messages,
            prompt: prompt.use,
            purpose: 'verify-part',
            roundId: round.id,
            onDelta: (d: StreamDelta) => active.push(d),
            onRetry: (r: RetryInfo) => active.emit({ type: 'retry', ...r }),
            onReplace: (f) => active.emit({ type: 'replace', ...f }),
          });
          if (out.status === 'stopped') return null;
          if (out.status === 'failed' || !out.text.trim())
            throw new JobFailure(out.error ?? 'The verifier returned no report.', out.finishReason);
          const parsed = parseReportPreferring(out.text, SET_PARSERS[prompt.use.parser]);
          const { kept } = placePartFindings(round.proof, part, parsed.findings);
          await recordPartVerification({
            roundId: round.id,
            nodeId: part.nodeId,
            runId: run.runId,
            score: parsed.score,
            items: kept,
          });
          await run.findingsStored(round.id);
          run.changed();
          return { outcome: null, finishReason: out.finishReason };
        },
      };
    },
  });
}
