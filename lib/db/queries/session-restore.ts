import 'server-only';
import { eq } from 'drizzle-orm';
import type { RunEvent, RunStatus, SessionExport } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import {
  findings,
  grades,
  problems,
  rounds,
  runEvents,
  runs,
  sessionReferences,
  sessions,
} from '../schema';

/** A run cannot be live in a session that was just created from a file. */
const settled = (status: string) =>
  status === 'queued' || status === 'running' ? 'interrupted' : status;

/** The event log a finished run would have had, so its output can be replayed as usual. */
function eventsFor(run: SessionExport['runs'][number]): RunEvent[] {
  const events: RunEvent[] = [];
  if (run.reasoning) events.push({ type: 'reasoning', delta: run.reasoning });
  if (run.text) events.push({ type: 'text', delta: run.text });
  events.push({
    type: 'status',
    status: settled(run.status) as RunStatus,
    error: run.error,
    finishReason: run.finishReason,
  });
  return events;
}

/**
 * Rebuilds an exported session under fresh ids, in one transaction: every reference between
 * rows (finding → round, round → run, carried finding → its origin) is mapped to the new
 * ids; nothing else changes, so exporting the copy gives the same document.
 */
export async function restoreSession(data: SessionExport): Promise<string> {
  const db = getDb();
  const ids = new Map<string, string>();
  const map = (old: string | null) => (old ? (ids.get(old) ?? null) : null);
  const fresh = (old: string) => {
    const id = newId();
    ids.set(old, id);
    return id;
  };
  return db.transaction((tx) => {
    const sessionId = newId();
    for (const r of data.rounds) fresh(r.id);
    for (const r of data.runs) fresh(r.id);
    for (const r of data.rounds) for (const f of r.findings) fresh(f.id);
    tx.insert(sessions)
      .values({ ...data.session, id: sessionId })
      .run();
    for (const run of data.runs) {
      const id = map(run.id) as string;
      const events = eventsFor(run);
      tx.insert(runs)
        .values({
          ...run,
          id,
          sessionId,
          roundId: map(run.roundId),
          status: settled(run.status),
          lastSeq: events.length,
        })
        .run();
      tx.insert(runEvents)
        .values(events.map((e, i) => ({ runId: id, seq: i + 1, data: JSON.stringify(e) })))
        .run();
    }
    for (const { findings: items, ...round } of data.rounds) {
      const roundId = map(round.id) as string;
      tx.insert(rounds)
        .values({
          ...round,
          id: roundId,
          sessionId,
          sourceRunId: map(round.sourceRunId),
          parentRoundId: map(round.parentRoundId),
        })
        .run();
      for (const f of items) {
        tx.insert(findings)
          .values({
            ...f,
            id: map(f.id) as string,
            roundId,
            runId: map(f.runId),
            carriedFromId: map(f.carriedFromId),
            anchor: f.anchor ?? null,
          })
          .run();
      }
    }
    if (data.reference) {
      const { problemId, ...ref } = data.reference;
      // Keep the link only when this library has that problem.
      const known = problemId && tx.select().from(problems).where(eq(problems.id, problemId)).get();
      tx.insert(sessionReferences)
        .values({ sessionId, problemId: known ? problemId : null, ...ref })
        .run();
    }
    for (const g of data.grades) {
      tx.insert(grades)
        .values({ ...g, sessionId, roundId: map(g.roundId), runId: map(g.runId) })
        .run();
    }
    return sessionId;
  });
}
