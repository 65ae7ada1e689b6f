import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  type ExportedFinding,
  SESSION_EXPORT_FORMAT,
  SESSION_EXPORT_VERSION,
  type SessionExport,
} from '@/lib/schemas';
import { conn } from '../conn';
import { first } from '../rows';
import { readSnapshot } from '../transaction';
import { readReplies } from './replies';

/**
 * Everything stored about a session, row by row, for the JSON export. Reads in one
 * transaction so a run finishing meanwhile cannot leave a round without its findings.
 */
export async function dumpSession(id: string): Promise<SessionExport | undefined> {
  return readSnapshot(async (tx) => {
    const { t } = await conn();
    const s = await first(tx.select().from(t.sessions).where(eq(t.sessions.id, id)).limit(1));
    if (!s) return undefined;
    const roundRows = await tx
      .select()
      .from(t.rounds)
      .where(eq(t.rounds.sessionId, id))
      .orderBy(asc(t.rounds.index));
    const findingRows = roundRows.length
      ? await tx
          .select()
          .from(t.findings)
          .where(
            inArray(
              t.findings.roundId,
              roundRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(t.findings.position), asc(t.findings.createdAt))
      : [];
    const partRows = roundRows.length
      ? await tx
          .select()
          .from(t.partVerifications)
          .where(
            inArray(
              t.partVerifications.roundId,
              roundRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(t.partVerifications.createdAt), asc(t.partVerifications.id))
      : [];
    const replies = await readReplies(findingRows.map((f) => f.id));
    const runRows = await tx
      .select()
      .from(t.runs)
      .where(eq(t.runs.sessionId, id))
      .orderBy(asc(t.runs.createdAt), asc(t.runs.id));
    const ref = await first(
      tx.select().from(t.sessionReferences).where(eq(t.sessionReferences.sessionId, id)).limit(1),
    );
    const gradeRows = await tx
      .select()
      .from(t.grades)
      .where(eq(t.grades.sessionId, id))
      .orderBy(asc(t.grades.kind));
    const promptRows = await tx
      .select()
      .from(t.runPrompts)
      .where(eq(t.runPrompts.sessionId, id))
      .orderBy(asc(t.runPrompts.createdAt), asc(t.runPrompts.id));
    const hashes = [...new Set(promptRows.map((p) => p.messagesHash))];
    const texts = hashes.length
      ? await tx.select().from(t.promptTexts).where(inArray(t.promptTexts.hash, hashes))
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
      runs: runRows.map(({ sessionId: _s, lastSeq: _l, listState: _ls, ...r }) => ({
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
        texts.map((x) => [x.hash, x.messages as { role: 'user'; content: string }[]]),
      ),
    };
  });
}
