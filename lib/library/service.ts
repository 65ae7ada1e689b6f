import 'server-only';
import {
  createSession,
  getProblem,
  insertMissingProblems,
  listProblems,
  problemFacets,
  setSessionReference,
  upsertProblems,
} from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { ProblemImportResult, ProblemList, ProblemQuery } from '@/lib/schemas';
import { byteLength, MAX_PROBLEM_BYTES, MAX_TITLE_CHARS } from '@/lib/schemas';
import { BUILTIN_PROBLEMS } from './builtin';
import { parseProblemCsv } from './parse-csv';
import { parseProblemJson, problemSetKind } from './parse-json';

const seeded = Symbol.for('proofdesk.library.seeded');
type G = typeof globalThis & { [seeded]?: boolean };

/**
 * Adds the built-in problems that are missing, once per process. Idempotent: rows are found
 * by their fixed keys, and existing ones (perhaps edited by a re-import) are left alone.
 */
export async function ensureBuiltinProblems(): Promise<void> {
  const g = globalThis as G;
  if (g[seeded]) return;
  await insertMissingProblems([...BUILTIN_PROBLEMS], 'builtin');
  g[seeded] = true;
}

export async function searchLibrary(q: ProblemQuery): Promise<ProblemList> {
  await ensureBuiltinProblems();
  const [list, facets] = await Promise.all([listProblems(q), problemFacets()]);
  return { ...list, facets };
}

export async function libraryProblem(id: string) {
  await ensureBuiltinProblems();
  const problem = await getProblem(id);
  if (!problem) throw notFound('Problem');
  return problem;
}

/** A problem set (CSV or JSON/JSONL) → stored problems; bad records are listed, not fatal. */
export async function importProblemSet(
  text: string,
  contentType: string | null,
): Promise<ProblemImportResult> {
  await ensureBuiltinProblems();
  const parsed =
    problemSetKind(contentType, text) === 'csv' ? parseProblemCsv(text) : parseProblemJson(text);
  const errors = [...parsed.errors];
  const good = parsed.problems.filter(({ line, problem }) => {
    if (byteLength(problem.statement) <= MAX_PROBLEM_BYTES) return true;
    errors.push({ line, message: 'the problem statement is larger than 200 kB' });
    return false;
  });
  const imported = await upsertProblems(
    good.map((p) => p.problem),
    'import',
  );
  errors.sort((a, b) => a.line - b.line);
  return { imported, errors };
}

/** A session on a library problem, carrying its reference solution and guidelines. */
export async function startSessionFromProblem(problemId: string): Promise<string> {
  const problem = await libraryProblem(problemId);
  // Built-in keys are internal; an imported set's own id ("PB-Basic-001") helps people.
  const label = [problem.origin === 'import' ? problem.key : null, problem.source];
  const title = label.filter(Boolean).join(' · ').slice(0, MAX_TITLE_CHARS) || undefined;
  const sessionId = await createSession({ problem: problem.statement, title });
  await setSessionReference(sessionId, {
    problemId: problem.id,
    solution: problem.solution,
    guidelines: problem.guidelines,
    shortAnswer: problem.shortAnswer,
    source: problem.source,
  });
  return sessionId;
}
