import 'server-only';
import { ModelConfigError, roleConfig } from '@/lib/config/models';
import { runtimeConfig } from '@/lib/config/runtime';
import { clearRubric, getProblem, getRubric, setRubric } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { streamChat } from '@/lib/model/client';
import { isModelError } from '@/lib/model/errors';
import { endpointLimiter } from '@/lib/model/limiter';
import { usageLine, usagePart } from '@/lib/pricing/usage-line';
import { rubricDraftMessages } from '@/lib/prompts/rubric-draft';
import type { Rubric, RubricDraft, StoredRubric } from '@/lib/schemas';
import { parseRubricText } from './rubric-text';

async function problemOrThrow(problemId: string) {
  const problem = await getProblem(problemId);
  if (!problem) throw notFound('Problem');
  return problem;
}

export async function problemRubric(problemId: string): Promise<StoredRubric> {
  await problemOrThrow(problemId);
  const stored = await getRubric(problemId);
  return { problemId, rubric: stored?.rubric ?? null, updatedAt: stored?.updatedAt ?? null };
}

/** Stores a rubric the route has already checked (`rubricSchema`: points sum ≤ 7, ids unique). */
export async function saveProblemRubric(problemId: string, rubric: Rubric): Promise<StoredRubric> {
  await problemOrThrow(problemId);
  const updatedAt = await setRubric(problemId, rubric);
  return { problemId, rubric, updatedAt };
}

/**
 * Removes the problem's rubric: grading goes back to the guidelines' scale. Grades already
 * given keep the copy of the rubric they were given under.
 */
export async function removeProblemRubric(problemId: string): Promise<StoredRubric> {
  await problemOrThrow(problemId);
  await clearRubric(problemId);
  return { problemId, rubric: null, updatedAt: null };
}

/**
 * The grader model drafts a rubric from the problem's reference solution and guidelines; it
 * is returned for the person to edit, never stored. A draft that does not read as a rubric
 * (no points, more than 7) comes back with the reason and the model's text.
 */
export async function draftProblemRubric(
  problemId: string,
  signal: AbortSignal,
): Promise<RubricDraft> {
  const problem = await problemOrThrow(problemId);
  let config: ReturnType<typeof roleConfig>;
  try {
    config = roleConfig('grader');
  } catch (err) {
    if (err instanceof ModelConfigError) throw new AppError('model_not_configured', err.message);
    throw err;
  }
  const release = await endpointLimiter(config.baseURL).acquire(signal);
  try {
    const rt = runtimeConfig();
    const started = Date.now();
    const result = await streamChat({
      config,
      messages: rubricDraftMessages({ ...problem, problem: problem.statement }),
      signal,
      onDelta: () => {},
      idleTimeoutMs: rt.idleTimeoutMs,
      deadlineMs: rt.deadlineMs,
      maxRetries: rt.maxRetries,
      retryBaseMs: rt.retryBaseMs,
    });
    const parsed = parseRubricText(result.text);
    const part = usagePart('grader', config.model, result.usage, Date.now() - started);
    const usage = usageLine('rubric-draft', 'rubric draft', [part]);
    return { rubric: parsed.rubric, problem: parsed.error, text: result.text, usage };
  } catch (err) {
    if (isModelError(err))
      throw new AppError('model_failed', `The grader model failed: ${err.message}`);
    throw err;
  } finally {
    release();
  }
}
