import 'server-only';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  Problem,
  ProblemFacets,
  ProblemInput,
  ProblemQuery,
  ProblemSummary,
} from '@/lib/schemas';
import { problemQuerySchema } from '@/lib/schemas';
import { chunkedTransaction } from '../chunked-transaction';
import { getDb } from '../client';
import { newId } from '../ids';
import { afterCursor, type Keyset, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import { problems } from '../schema';
import { setRubricInImport } from './rubrics';

type ProblemRow = typeof problems.$inferSelect;

function toSummary(row: ProblemRow): ProblemSummary {
  return {
    id: row.id,
    key: row.key,
    statement: row.statement,
    source: row.source,
    level: row.level,
    category: row.category,
    origin: row.origin as ProblemSummary['origin'],
    hasSolution: row.solution.trim().length > 0,
    hasGuidelines: row.guidelines.trim().length > 0,
  };
}

function toProblem(row: ProblemRow): Problem {
  return {
    ...toSummary(row),
    solution: row.solution,
    guidelines: row.guidelines,
    shortAnswer: row.shortAnswer,
    createdAt: row.createdAt,
  };
}

function fields(p: ProblemInput) {
  return {
    statement: p.statement,
    solution: p.solution,
    guidelines: p.guidelines,
    shortAnswer: p.shortAnswer,
    category: p.category,
    level: p.level,
    source: p.source,
  };
}

/**
 * Stores imported problems in one transaction. A problem with a key already in the library
 * is updated in place, so importing the same set twice does not duplicate it. `nameOf` names
 * the item in the error if the database refuses it ("The record on line 12 (PB-3)").
 */
export async function upsertProblems(
  items: ProblemInput[],
  origin: 'builtin' | 'import',
  nameOf = (p: ProblemInput, i: number) => `Problem ${i + 1}${p.key ? ` (${p.key})` : ''}`,
) {
  const db = getDb();
  const now = Date.now();
  // One transaction, in ~10 ms slices so a large set does not hold the event loop.
  await chunkedTransaction(
    items,
    async (p) => {
      const existing = p.key
        ? db.select({ id: problems.id }).from(problems).where(eq(problems.key, p.key)).get()
        : undefined;
      let id = existing?.id;
      if (existing) {
        db.update(problems)
          .set({ ...fields(p), updatedAt: now })
          .where(eq(problems.id, existing.id))
          .run();
      } else {
        id = newId();
        db.insert(problems)
          .values({
            id,
            key: p.key || null,
            origin,
            ...fields(p),
            createdAt: now,
            updatedAt: now,
          })
          .run();
      }
      // A set that brings a rubric replaces the problem's; one without leaves it alone.
      if (p.rubric && id) await setRubricInImport(id, p.rubric);
    },
    nameOf,
  );
  return items.length;
}

/** Adds the problems whose keys are missing; never touches existing rows (idempotent seed). */
export async function insertMissingProblems(items: ProblemInput[], origin: 'builtin' | 'import') {
  const db = getDb();
  const keys = items.map((p) => p.key).filter((k): k is string => !!k);
  const present = new Set(
    keys.length
      ? db
          .select({ key: problems.key })
          .from(problems)
          .where(inArray(problems.key, keys))
          .all()
          .map((r) => r.key)
      : [],
  );
  const missing = items.filter((p) => p.key && !present.has(p.key));
  if (missing.length) await upsertProblems(missing, origin);
  return missing.length;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereFor(q: ProblemQuery): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  // Every word must appear somewhere: statement, source, set id or category.
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    const likeEsc = (col: AnySQLiteColumn) => sql`${col} like ${pattern} escape '\\'`;
    conds.push(
      or(
        likeEsc(problems.statement),
        likeEsc(problems.source),
        likeEsc(problems.category),
        sql`coalesce(${problems.key}, '') like ${pattern} escape '\\'`,
      ),
    );
  }
  if (q.source) conds.push(eq(problems.source, q.source));
  if (q.level) conds.push(eq(problems.level, q.level));
  if (q.category) conds.push(eq(problems.category, q.category));
  return conds.length ? and(...conds) : undefined;
}

/** Built-in problems first, then imported ones in their set's own order; one page. */
export async function listProblems(
  input: Partial<ProblemQuery>,
): Promise<{ problems: ProblemSummary[]; total: number; nextCursor: string | null }> {
  const q = problemQuerySchema.parse(input);
  const db = getDb();
  const where = whereFor(q);
  const order: Keyset = {
    keys: [sql`${problems.origin}`, sql`${problems.createdAt}`],
    rowid: sql`problems.rowid`,
    dir: q.order ?? 'asc',
  };
  const found = db.all<ProblemRow & { rid: number; sort_keys: string }>(sql`
    select problems.*, problems.rowid as rid, ${sortKeysColumn(order)} from ${problems}
    where ${where ?? sql`1`} and ${afterCursor(order, q.cursor)}
    order by ${orderByKeyset(order)} limit ${q.limit + 1}`);
  const { rows, nextCursor } = pageOf(found, q.limit);
  const total = db.select({ n: sql<number>`count(*)` }).from(problems).where(where).get()?.n ?? 0;
  return {
    // Raw rows have SQL column names; the summary reads one-word columns only, named alike.
    problems: rows.map((r) => toSummary(r)),
    total,
    nextCursor,
  };
}

export async function problemFacets(): Promise<ProblemFacets> {
  const db = getDb();
  const distinct = (col: AnySQLiteColumn) =>
    db
      .selectDistinct({ v: col })
      .from(problems)
      .where(sql`${col} <> ''`)
      .orderBy(asc(col))
      .all()
      .map((r) => String(r.v));
  return {
    sources: distinct(problems.source),
    levels: distinct(problems.level),
    categories: distinct(problems.category),
  };
}

export async function getProblem(id: string): Promise<Problem | undefined> {
  const row = getDb().select().from(problems).where(eq(problems.id, id)).get();
  return row ? toProblem(row) : undefined;
}
