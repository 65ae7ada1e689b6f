import 'server-only';
import {
  candidateProofs,
  insertCandidate,
  insertSearchVerification,
  searchVerificationTexts,
} from '@/lib/db';
import { parseReportPreferring } from '@/lib/findings/parsers';
import { parseGeneration } from '@/lib/parse/generation';
import { generationPrompt } from '@/lib/prompts/generate';
import { SET_PARSERS } from '@/lib/prompts/parsers';
import { searchRefinementPrompt } from '@/lib/prompts/refine-search';
import { verificationPrompt } from '@/lib/prompts/verify';
import type { RunContext } from '@/lib/runs';
import type { Execute } from './driver';
import type { Task } from './types';

/** The refinement prompt of a task: each parent proof with the analyses chosen for it. */
async function refinementPrompt(problem: string, task: Extract<Task, { type: 'refine' }>) {
  const proofs = await candidateProofs(task.parents);
  const analyses = await searchVerificationTexts({ ids: task.analyses });
  const order = new Map(task.analyses.map((id, i) => [id, i]));
  analyses.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return searchRefinementPrompt(
    problem,
    task.parents.map((id) => ({
      proof: proofs.get(id) ?? '',
      evaluations: analyses.filter((a) => a.candidateId === id).map((a) => a.text),
    })),
  );
}

/**
 * Runs one search task against the model and persists its result before reporting it, so
 * a finished request is never lost or repeated. A request cut by a stop is not stored:
 * the scheduler hands it out again on resume.
 */
export function searchExecutor(run: RunContext, searchId: string): Execute {
  const problem = run.session.problem;
  return async (task, signal) => {
    if (task.type === 'verify') {
      const proof = (await candidateProofs([task.candidateId])).get(task.candidateId) ?? '';
      const prompt = verificationPrompt(problem, proof);
      const out = await run.call(
        {
          role: 'verifier',
          messages: prompt.messages,
          prompt: prompt.use,
          purpose: 'search-verify',
          roundId: null,
        },
        signal,
      );
      if (out.status === 'stopped') return 'aborted';
      const failed = out.status !== 'succeeded' || !out.text.trim();
      const score = failed
        ? null
        : parseReportPreferring(out.text, SET_PARSERS[prompt.use.parser]).score;
      const id = await insertSearchVerification({
        searchId,
        candidateId: task.candidateId,
        score,
        text: out.text,
        failed,
        promptTokens: out.usage?.promptTokens ?? 0,
        completionTokens: out.usage?.completionTokens ?? 0,
        startedAt: out.startedAt,
        finishedAt: out.finishedAt,
      });
      return { type: 'verify', id, score, failed };
    }
    const prompt =
      task.type === 'generate' ? generationPrompt(problem) : await refinementPrompt(problem, task);
    const out = await run.call(
      {
        role: 'generator',
        messages: prompt.messages,
        prompt: prompt.use,
        purpose: `search-${task.type}`,
        roundId: null,
      },
      signal,
    );
    if (out.status === 'stopped') return 'aborted';
    const parsed = parseGeneration(out.text);
    const failed = out.status !== 'succeeded' || !parsed.proof.trim();
    const { id, ordinal } = await insertCandidate({
      searchId,
      generation: task.generation,
      parents: task.type === 'refine' ? task.parents : [],
      analyses: task.type === 'refine' ? task.analyses : [],
      proof: parsed.proof,
      selfScore: parsed.selfScore,
      failed,
      promptTokens: out.usage?.promptTokens ?? 0,
      completionTokens: out.usage?.completionTokens ?? 0,
      startedAt: out.startedAt,
      finishedAt: out.finishedAt,
    });
    return { type: 'write', id, ordinal, selfScore: parsed.selfScore, failed };
  };
}
