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
import { storeAllOrNothing } from '../bulk-store';
import { type Conn, conn } from '../conn';
import { newId } from '../ids';
import { countOf, likeOp, rowKey, selectRows } from '../list-sql';
import { afterCursor, type Keyset, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import { first } from '../rows';
import type { problems } from '../schema';
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
  const now = Date.now();
  // One transaction (on SQLite in ~10 ms slices so a large set does not hold the event loop).
  await storeAllOrNothing(
    items,
    async (p, i) => {
      const { db, t } = await conn();
      const existing = p.key
        ? await first(
            db
              .select({ id: t.problems.id })
              .from(t.problems)
              .where(eq(t.problems.key, p.key))
              .limit(1),
          )
        : undefined;
      let id = existing?.id;
      if (existing) {
        await db
          .update(t.problems)
          .set({ ...fields(p), updatedAt: now })
          .where(eq(t.problems.id, existing.id));
      } else {
        id = newId();
        await db.insert(t.problems).values({
          id,
          key: p.key || null,
          origin,
          ...fields(p),
          // One millisecond apart, in the set's order: the library lists a set as its file
          // does on both backends (with one shared time, the tie-break is the row's key, and
          // on Postgres that key is a random id).
          createdAt: now + i,
          updatedAt: now,
        });
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
  const { db, t } = await conn();
  const keys = items.map((p) => p.key).filter((k): k is string => !!k);
  const present = new Set(
    keys.length
      ? (
          await db
            .select({ key: t.problems.key })
            .from(t.problems)
            .where(inArray(t.problems.key, keys))
        ).map((r) => r.key)
      : [],
  );
  const missing = items.filter((p) => p.key && !present.has(p.key));
  if (missing.length) await upsertProblems(missing, origin);
  return missing.length;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereFor(q: ProblemQuery, { t, backend }: Pick<Conn, 't' | 'backend'>): SQL | undefined {
  const problems = t.problems;
  const like = likeOp(backend);
  const conds: (SQL | undefined)[] = [];
  // Every word must appear somewhere: statement, source, set id or category.
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    const likeEsc = (col: AnySQLiteColumn) => sql`${col} ${like} ${pattern} escape '\\'`;
    conds.push(
      or(
        likeEsc(problems.statement),
        likeEsc(problems.source),
        likeEsc(problems.category),
        sql`coalesce(${problems.key}, '') ${like} ${pattern} escape '\\'`,
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
  const c = await conn();
  const problems = c.t.problems;
  const where = whereFor(q, c) ?? sql`true`;
  const rid = rowKey(c.backend, 'problems');
  const order: Keyset = {
    keys: [sql`${problems.origin}`, sql`${problems.createdAt}`],
    rowid: rid,
    dir: q.order ?? 'asc',
  };
  const found = await selectRows<ProblemRow & { rid: number | string; sort_keys: string }>(
    c,
    sql`
    select problems.*, ${rid} as rid, ${sortKeysColumn(order, c.backend)} from ${problems}
    where ${where} and ${afterCursor(order, q.cursor)}
    order by ${orderByKeyset(order)} limit ${q.limit + 1}`,
  );
  const { rows, nextCursor } = pageOf(found, q.limit);
  const total = await countOf(c, sql`select count(*) as n from ${problems} where ${where}`);
  return {
    // Raw rows have SQL column names; the summary reads one-word columns only, named alike.
    problems: rows.map((r) => toSummary(r)),
    total,
    nextCursor,
  };
}

export async function problemFacets(): Promise<ProblemFacets> {
  const { db, t } = await conn();
  const distinct = async (col: AnySQLiteColumn) =>
    (
      await db
        .selectDistinct({ v: col })
        .from(t.problems)
        .where(sql`${col} <> ''`)
        .orderBy(asc(col))
    ).map((r) => String(r.v));
  return {
    sources: await distinct(t.problems.source),
    levels: await distinct(t.problems.level),
    categories: await distinct(t.problems.category),
  };
}

export async function getProblem(id: string): Promise<Problem | undefined> {
  const { db, t } = await conn();
  const row = await first(db.select().from(t.problems).where(eq(t.problems.id, id)).limit(1));
  return row ? toProblem(row) : undefined;
}
