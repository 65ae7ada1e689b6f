import 'server-only';
import type { StoredDraft } from '@/lib/schemas';
import { type Job, JobFailure } from '../engine/execute-job';
import type { RunPlan } from '../plan';

/**
 * A run of one model request (generate, refine, grade) as a job: the answer streams into the
 * run's own text, so the editor and the Output tab follow it live, and the plan stores what
 * arrived — complete or partial — whatever the request's fate.
 */
export function singleRequestJob(purpose: string, plan: RunPlan): Job {
  return async (run) => {
    const active = run.active;
    const out = await run.call({
      role: plan.role,
      messages: plan.messages,
      prompt: plan.prompt,
      purpose,
      roundId: plan.roundId,
      onDelta: (d) => active.push(d),
      onRetry: (r) => active.emit({ type: 'retry', ...r }),
      onReplace: (f) => active.emit({ type: 'replace', text: f.text, reasoning: f.reasoning }),
    });
    active.flushPending();
    const status = active.writeFailure ? 'failed' : out.status;
    let draft: StoredDraft | null = null;
    try {
      draft = await plan.finalize({
        status,
        text: active.text,
        reasoning: active.reasoning,
        finishReason: out.finishReason,
      });
    } catch (err) {
      console.error('[proofdesk] storing run result failed', err);
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(`The model answered, but its result could not be stored: ${why}`);
    }
    if (out.status === 'failed') {
      throw new JobFailure(out.error ?? 'The model request failed.', out.finishReason);
    }
    return { outcome: null, finishReason: out.finishReason, draft: draft ?? undefined };
  };
}
