import 'server-only';
import { getDb } from '../client';

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
 * For benchmarks (`npm run bench:scale`): copies every original session `times` over, with its
 * rounds, findings and import record, in one transaction per copy. Copies get ids
 * `<id>.<k>` and varied titles (`… · r<k>n<i>`); the triggers keep their summary columns
 * and full-text index as for any write. Much faster than importing the same records again.
 */
export async function copySessionsForBench(
  times: number,
  onCopy: (k: number) => void = () => {},
): Promise<void> {
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
