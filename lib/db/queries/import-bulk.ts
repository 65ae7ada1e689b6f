import 'server-only';
import { conn } from '../conn';
import { newId } from '../ids';
import { checkWriteFault } from '../write-fault';
import { findingRows, type NewFinding } from './findings';
import { insertImportedSessionSqlite } from './import-bulk-sqlite';
import type { SessionReference } from './references';

/** One analysed record as a bulk import stores it: a session whose round 1 is the proof. */
export type ImportedSessionRow = {
  title: string | null;
  problem: string;
  proof: string;
  selfEvaluation: string | null;
  selfScore: number | null;
  score: number | null;
  findings: NewFinding[];
  /** A person's grade released with the record, as the session's human grade of round 1. */
  humanGrade: { points: number; maxPoints: number; text: string } | null;
  /** The web import's batch (so the review queue can walk it) and the record's line and id. */
  batch: { batchId: string; line: number; externalId: string } | null;
  reference: Omit<SessionReference, 'problemId'> | null;
}; /**
 * Stores one imported record and returns its session id. No transaction of its own: call it
 * inside the import's (`withBulkTransaction`). SQLite keeps its prepared statements (a bulk
 * import's speed is mostly this); Postgres inserts through the query builder, on the import's
 * transaction (`conn()` hands it out).
 */
export async function insertImportedSession(row: ImportedSessionRow): Promise<string> {
  checkWriteFault('bulk item');
  const { db, t, backend } = await conn();
  if (backend === 'sqlite') return insertImportedSessionSqlite(row);
  const now = Date.now();
  const sessionId = newId();
  const roundId = newId();
  await db.insert(t.sessions).values({
    id: sessionId,
    title: row.title?.trim() || null,
    problem: row.problem,
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(t.rounds).values({
    id: roundId,
    sessionId,
    index: 1,
    origin: 'import',
    proof: row.proof,
    selfEvaluation: row.selfEvaluation,
    selfScore: row.selfScore,
    score: row.score,
    truncated: false,
    createdAt: now,
    updatedAt: now,
  });
  const findings = findingRows(roundId, null, row.findings, 0);
  if (findings.length) await db.insert(t.findings).values(findings);
  const g = row.humanGrade;
  if (g) {
    await db.insert(t.grades).values({
      sessionId,
      kind: 'human',
      points: g.points,
      maxPoints: g.maxPoints,
      text: g.text,
      roundId,
      createdAt: now,
      updatedAt: now,
    });
  }
  const b = row.batch;
  if (b) await db.insert(t.importedSessions).values({ sessionId, ...b, createdAt: now });
  const r = row.reference;
  if (r) await db.insert(t.sessionReferences).values({ sessionId, ...r });
  return sessionId;
}
