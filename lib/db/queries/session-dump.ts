import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  type ExportedFinding,
  SESSION_EXPORT_FORMAT,
  SESSION_EXPORT_VERSION,
  type SessionExport,
} from '@/lib/schemas';
import { getDb } from '../client';
import {
  findings,
  grades,
  partVerifications,
  promptTexts,
  rounds,
  runPrompts,
  runs,
  sessionReferences,
  sessions,
} from '../schema';
import { readReplies } from './replies';

/**
 * Everything stored about a session, row by row, for the JSON export. Reads in one
 * transaction so a run finishing meanwhile cannot leave a round without its findings.
 */
export async function dumpSession(id: string): Promise<SessionExport | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const s = tx.select().from(sessions).where(eq(sessions.id, id)).get();
    if (!s) return undefined;
    const roundRows = tx
      .select()
      .from(rounds)
      .where(eq(rounds.sessionId, id))
      .orderBy(asc(rounds.index))
      .all();
    const findingRows = roundRows.length
      ? tx
          .select()
          .from(findings)
          .where(
            inArray(
              findings.roundId,
              roundRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(findings.position), asc(findings.createdAt))
          .all()
      : [];
    const partRows = roundRows.length
      ? tx
          .select()
          .from(partVerifications)
          .where(
            inArray(
              partVerifications.roundId,
              roundRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(partVerifications.createdAt), asc(partVerifications.id))
          .all()
      : [];
    const replies = readReplies(
      tx as unknown as typeof db,
      findingRows.map((f) => f.id),
    );
    const runRows = tx
      .select()
      .from(runs)
      .where(eq(runs.sessionId, id))
      .orderBy(asc(runs.createdAt), asc(runs.id))
      .all();
    const ref = tx
      .select()
      .from(sessionReferences)
      .where(eq(sessionReferences.sessionId, id))
      .get();
    const gradeRows = tx
      .select()
      .from(grades)
      .where(eq(grades.sessionId, id))
      .orderBy(asc(grades.kind))
      .all();
    const promptRows = tx
      .select()
      .from(runPrompts)
      .where(eq(runPrompts.sessionId, id))
      .orderBy(asc(runPrompts.createdAt), asc(runPrompts.id))
      .all();
    const hashes = [...new Set(promptRows.map((p) => p.messagesHash))];
    const texts = hashes.length
      ? tx.select().from(promptTexts).where(inArray(promptTexts.hash, hashes)).all()
      : [];
    return {
      format: SESSION_EXPORT_FORMAT,
      version: SESSION_EXPORT_VERSION,
      session: {
        id: s.id,
        title: s.title,
        problem: s.problem,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
      },
      reference: ref
        ? {
            problemId: ref.problemId,
            solution: ref.solution,
            guidelines: ref.guidelines,
            shortAnswer: ref.shortAnswer,
            source: ref.source,
          }
        : null,
      rounds: roundRows.map(({ sessionId: _s, ...r }) => ({
        ...r,
        findings: findingRows
          .filter((f) => f.roundId === r.id)
          .map(({ roundId: _r, ...f }) => ({
            ...f,
            source: f.source as ExportedFinding['source'],
            anchor: f.anchor ?? null,
            replies: (replies.get(f.id) ?? []).map(({ id, text, author, decision, createdAt }) => ({
              id,
              text,
              author,
              decision,
              createdAt,
            })),
          })),
        partVerifications: partRows
          .filter((p) => p.roundId === r.id)
          .map(({ nodeId, runId, score, createdAt }) => ({ nodeId, runId, score, createdAt })),
      })),
      runs: runRows.map(({ sessionId: _s, lastSeq: _l, ...r }) => ({
        ...r,
        usage: r.usage ?? null,
        params: r.params ?? null,
      })),
      grades: gradeRows.map(({ sessionId: _s, ...g }) => ({
        ...g,
        kind: g.kind as 'auto' | 'human',
      })),
      prompts: promptRows.map(({ id: _i, sessionId: _s, ...p }) => p),
      promptTexts: Object.fromEntries(
        texts.map((t) => [t.hash, t.messages as { role: 'user'; content: string }[]]),
      ),
    };
  });
}
