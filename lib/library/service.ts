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
import { AppError, notFound } from '@/lib/errors';
import type { ImportRefusal, ProblemImportResult, ProblemList, ProblemQuery } from '@/lib/schemas';
import { MAX_TITLE_CHARS } from '@/lib/schemas';
import { BUILTIN_PROBLEMS } from './builtin';
import { checkProblemSet, placeOf, refusalMessage } from './check-set';
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

/**
 * A problem set (CSV or JSON/JSONL) → stored problems, all or nothing (issue 11). Any invalid
 * record refuses the whole set: a 400 whose message names each one (line or item, and id),
 * with the list and the valid count as `details`, so the page can offer to import the valid
 * ones — which `skipInvalid` does, listing what it skipped. Stored in one transaction, in
 * ~10 ms slices (parsing too), so live streams keep flowing; a database failure rolls it all
 * back and names the record.
 */
export async function importProblemSet(
  text: string,
  contentType: string | null,
  skipInvalid = false,
): Promise<ProblemImportResult> {
  await ensureBuiltinProblems();
  const parsed =
    problemSetKind(contentType, text) === 'csv'
      ? await parseProblemCsv(text)
      : await parseProblemJson(text);
  const { valid, errors } = checkProblemSet(parsed);
  if (errors.length && (!skipInvalid || !valid.length)) {
    const details: ImportRefusal = { errors, valid: valid.length };
    throw new AppError('bad_request', refusalMessage(errors, valid.length), details);
  }
  if (!valid.length) throw new AppError('bad_request', 'The problem set holds no problem.');
  const imported = await upsertProblems(
    valid.map((p) => p.problem),
    'import',
    (_p, i) => `The record on ${placeOf(valid[i])}`,
  );
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
