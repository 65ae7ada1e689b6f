import 'server-only';
import type Database from 'better-sqlite3';
import { getDb } from '../client';
import { newId } from '../ids';
import { findingRows } from './findings';
import type { ImportedSessionRow } from './import-bulk';

// Plain statements, prepared once per connection: a bulk import writes six tables per record,
// and drizzle builds every statement anew per call (about half of a record's storing time).
// The triggers (search index, list summary columns) run as for any other write.
const SQL = {
  session: `insert into sessions (id, title, problem, created_at, updated_at) values (?, ?, ?, ?, ?)`,
  round: `insert into rounds (id, session_id, idx, origin, proof, self_evaluation, self_score, score,
    truncated, created_at, updated_at) values (?, ?, 1, 'import', ?, ?, ?, ?, 0, ?, ?)`,
  finding: `insert into findings (id, round_id, run_id, position, severity, quote, description,
    suggestion, category, cited_start, cited_end, anchor, decision, note, carried_from_id, source,
    node_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  grade: `insert into grades (session_id, kind, points, max_points, awards, text, round_id, run_id,
    created_at, updated_at) values (?, 'human', ?, ?, null, ?, ?, null, ?, ?)`,
  batch: `insert into imported_sessions (session_id, batch_id, line, external_id, created_at)
    values (?, ?, ?, ?, ?)`,
  reference: `insert into session_references (session_id, problem_id, solution, guidelines,
    short_answer, source) values (?, null, ?, ?, ?, ?)`,
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };
const prepared = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let s = prepared.get(sqlite);
  if (!s) {
    s = Object.fromEntries(
      Object.entries(SQL).map(([k, q]) => [k, sqlite.prepare(q)]),
    ) as unknown as Statements;
    prepared.set(sqlite, s);
  }
  return s;
}

/** `insertImportedSession`'s SQLite path: the prepared statements, run synchronously. */
export function insertImportedSessionSqlite(row: ImportedSessionRow): string {
  const s = statements(getDb().$client);
  const now = Date.now();
  const sessionId = newId();
  const roundId = newId();
  s.session.run(sessionId, row.title?.trim() || null, row.problem, now, now);
  s.round.run(
    roundId,
    sessionId,
    row.proof,
    row.selfEvaluation,
    row.selfScore,
    row.score,
    now,
    now,
  );
  for (const f of findingRows(roundId, null, row.findings, 0)) {
    s.finding.run(
      f.id,
      f.roundId,
      f.runId,
      f.position,
      f.severity,
      f.quote,
      f.description,
      f.suggestion,
      f.category,
      f.citedStart,
      f.citedEnd,
      f.anchor ? JSON.stringify(f.anchor) : null,
      f.decision,
      f.note,
      f.carriedFromId,
      f.source,
      f.nodeId,
      f.createdAt,
      f.updatedAt,
    );
  }
  const g = row.humanGrade;
  if (g) s.grade.run(sessionId, g.points, g.maxPoints, g.text, roundId, now, now);
  const b = row.batch;
  if (b) s.batch.run(sessionId, b.batchId, b.line, b.externalId, now);
  const r = row.reference;
  if (r) s.reference.run(sessionId, r.solution, r.guidelines, r.shortAnswer, r.source);
  return sessionId;
}
