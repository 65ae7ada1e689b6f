import 'server-only';
import { eq } from 'drizzle-orm';
import { runListState } from '@/lib/run-list-state';
import type { RunEvent, RunStatus, SessionExport } from '@/lib/schemas';
import { storeAllOrNothing } from '../bulk-store';
import { type Conn, conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import { messagesHash } from './prompts';

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

type Step = { name: string; store: (c: Conn) => Promise<unknown> };

/**
 * Rebuilds an exported session under fresh ids, in one transaction: every reference between
 * rows (finding → round, round → run, carried finding → its origin) is mapped to the new
 * ids; nothing else changes, so exporting the copy gives the same document. Stored row by
 * row through `storeAllOrNothing` (all or nothing, on SQLite in ~10 ms slices; a failure names
 * the row: "Round 2's finding 3 could not be stored: …"). Validate the document first.
 */
export async function restoreSession(data: SessionExport): Promise<string> {
  const ids = new Map<string, string>();
  const map = (old: string | null) => (old ? (ids.get(old) ?? null) : null);
  const fresh = (old: string) => {
    const id = newId();
    ids.set(old, id);
    return id;
  };
  const sessionId = newId();
  for (const r of data.rounds) fresh(r.id);
  for (const r of data.runs) fresh(r.id);
  for (const r of data.rounds) for (const f of r.findings) fresh(f.id);
  const steps: Step[] = [
    {
      name: 'The session',
      store: ({ db, t }) => db.insert(t.sessions).values({ ...data.session, id: sessionId }),
    },
  ];
  data.runs.forEach((run, i) => {
    steps.push({
      name: `Run ${i + 1} (${run.kind})`,
      store: async ({ db, t }) => {
        const id = map(run.id) as string;
        const events = eventsFor(run);
        await db.insert(t.runs).values({
          ...run,
          id,
          sessionId,
          roundId: map(run.roundId),
          status: settled(run.status),
          // A file keeps no progress events: the state is its status's.
          listState: runListState(settled(run.status) as RunStatus, null),
          lastSeq: events.length,
        });
        await db
          .insert(t.runEvents)
          .values(events.map((e, n) => ({ runId: id, seq: n + 1, data: JSON.stringify(e) })));
      },
    });
  });
  for (const { findings: items, partVerifications: parts, ...round } of data.rounds) {
    const roundId = map(round.id) as string;
    steps.push({
      name: `Round ${round.index}`,
      store: ({ db, t }) =>
        db.insert(t.rounds).values({
          ...round,
          id: roundId,
          sessionId,
          sourceRunId: map(round.sourceRunId),
          parentRoundId: map(round.parentRoundId),
        }),
    });
    items.forEach(({ replies, ...f }, i) => {
      steps.push({
        name: `Round ${round.index}'s finding ${i + 1}`,
        store: async ({ db, t }) => {
          const findingId = map(f.id) as string;
          await db.insert(t.findings).values({
            ...f,
            id: findingId,
            roundId,
            runId: map(f.runId),
            carriedFromId: map(f.carriedFromId),
            anchor: f.anchor ?? null,
          });
          if (replies.length) {
            await db
              .insert(t.findingReplies)
              .values(replies.map((r) => ({ ...r, id: newId(), findingId })));
          }
        },
      });
    });
    if (parts.length) {
      steps.push({
        name: `Round ${round.index}'s part scores`,
        store: ({ db, t }) =>
          db
            .insert(t.partVerifications)
            .values(parts.map((p) => ({ ...p, id: newId(), roundId, runId: map(p.runId) }))),
      });
    }
  }
  const reference = data.reference;
  if (reference) {
    steps.push({
      name: 'The reference solution',
      store: async ({ db, t }) => {
        const { problemId, ...ref } = reference;
        // Keep the link only when this library has that problem.
        const known =
          problemId &&
          (await first(db.select().from(t.problems).where(eq(t.problems.id, problemId)).limit(1)));
        await db
          .insert(t.sessionReferences)
          .values({ sessionId, problemId: known ? problemId : null, ...ref });
      },
    });
  }
  for (const g of data.grades) {
    steps.push({
      name: `The ${g.kind} grade`,
      store: ({ db, t }) =>
        db
          .insert(t.grades)
          .values({ ...g, sessionId, roundId: map(g.roundId), runId: map(g.runId) }),
    });
  }
  const texts = data.promptTexts ?? {};
  (data.prompts ?? []).forEach((p, i) => {
    const runId = map(p.runId);
    const messages = texts[p.messagesHash];
    // A prompt of a run the file does not have, or whose text is missing or does not match
    // its hash (texts are shared between sessions by hash: a file must not plant one), is
    // left out.
    if (!runId || !messages || messagesHash(messages) !== p.messagesHash) return;
    steps.push({
      name: `Prompt ${i + 1} (${p.purpose})`,
      store: async ({ db, t }) => {
        await db
          .insert(t.promptTexts)
          .values({ hash: p.messagesHash, messages, createdAt: p.createdAt })
          .onConflictDoNothing();
        await db
          .insert(t.runPrompts)
          .values({
            ...p,
            parser: p.parser ?? 'auto',
            id: newId(),
            runId,
            sessionId,
            roundId: map(p.roundId),
          })
          .onConflictDoNothing();
      },
    });
  });
  await storeAllOrNothing(
    steps,
    async (step) => step.store(await conn()),
    (step) => step.name,
  );
  return sessionId;
}
