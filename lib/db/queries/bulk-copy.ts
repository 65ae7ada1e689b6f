import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { selectedBackend } from '../backend';
import { getDb } from '../client';
import type { PgDb } from '../pg/client';
import { transaction } from '../transaction';

/** SQLite's statements, prepared once per call (`:k` is the copy's number). */
const COPY = [
  `insert into sessions (id, title, problem, created_at, updated_at)
    select id || '.' || :k, coalesce(title, 'Untitled') || ' · r' || :k || 'n' || rowid, problem,
      created_at + :k, updated_at + :k
    from sessions where id not like '%.%'`,
  `insert into rounds (id, session_id, idx, origin, proof, self_evaluation, self_score, score,
      source_run_id, parent_round_id, truncated, created_at, updated_at)
    select id || '.' || :k, session_id || '.' || :k, idx, origin, proof, self_evaluation,
      self_score, score, source_run_id, parent_round_id, truncated, created_at, updated_at
    from rounds where id not like '%.%'`,
  `insert into findings (id, round_id, run_id, position, severity, quote, description, suggestion,
      category, cited_start, cited_end, anchor, decision, note, carried_from_id, source,
      created_at, updated_at)
    select id || '.' || :k, round_id || '.' || :k, run_id, position, severity, quote, description,
      suggestion, category, cited_start, cited_end, anchor, decision, note, carried_from_id,
      source, created_at, updated_at
    from findings where id not like '%.%'`,
  `insert into imported_sessions (session_id, batch_id, line, external_id, created_at)
    select session_id || '.' || :k, batch_id, line, external_id, created_at
    from imported_sessions where session_id not like '%.%'`,
];

/**
 * Postgres's twin: no rowid, so a copy's title numbers the sessions by creation instead, and
 * `k` is a bound parameter.
 */
const COPY_PG: ((k: number) => SQL)[] = [
  (k) => sql`insert into sessions (id, title, problem, created_at, updated_at)
    select id || '.' || ${k}::text,
      coalesce(title, 'Untitled') || ' · r' || ${k}::text || 'n' || row_number() over (order by created_at, id),
      problem, created_at + ${k}, updated_at + ${k}
    from sessions where id not like '%.%'`,
  (k) => sql`insert into rounds (id, session_id, idx, origin, proof, self_evaluation, self_score,
      score, source_run_id, parent_round_id, truncated, created_at, updated_at)
    select id || '.' || ${k}::text, session_id || '.' || ${k}::text, idx, origin, proof,
      self_evaluation, self_score, score, source_run_id, parent_round_id, truncated, created_at,
      updated_at
    from rounds where id not like '%.%'`,
  (k) => sql`insert into findings (id, round_id, run_id, position, severity, quote, description,
      suggestion, category, cited_start, cited_end, anchor, decision, note, carried_from_id,
      source, created_at, updated_at)
    select id || '.' || ${k}::text, round_id || '.' || ${k}::text, run_id, position, severity,
      quote, description, suggestion, category, cited_start, cited_end, anchor, decision, note,
      carried_from_id, source, created_at, updated_at
    from findings where id not like '%.%'`,
  (k) => sql`insert into imported_sessions (session_id, batch_id, line, external_id, created_at)
    select session_id || '.' || ${k}::text, batch_id, line, external_id, created_at
    from imported_sessions where session_id not like '%.%'`,
];

/**
 * For benchmarks (`npm run bench:scale`): copies every original session `times` over, with its
 * rounds, findings and import record, in one transaction per copy. Copies get ids
 * `<id>.<k>` and varied titles (`… · r<k>n<i>`); the triggers keep their summary columns
 * and full-text index as for any write. Much faster than importing the same records again.
 * SQLite keeps its prepared statements (the bench's 100k copies); Postgres runs `COPY_PG`.
 */
export async function copySessionsForBench(
  times: number,
  onCopy: (k: number) => void = () => {},
): Promise<void> {
  if (selectedBackend().kind === 'postgres') {
    for (let k = 1; k <= times; k++) {
      await transaction('bench copy', async (tx) => {
        for (const statement of COPY_PG) await (tx as unknown as PgDb).execute(statement(k));
      });
      onCopy(k);
    }
    return;
  }
  const db = getDb().$client;
  const statements = COPY.map((s) => db.prepare(s));
  const copy = db.transaction((k: number) => {
    for (const s of statements) s.run({ k });
  });
  for (let k = 1; k <= times; k++) {
    copy(k);
    onCopy(k);
    await new Promise((r) => setImmediate(r));
  }
}
