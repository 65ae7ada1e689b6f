import 'server-only';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { conn } from '../conn';
import type { PgDb } from '../pg/client';
import { affectedRows } from '../rows';
import { transaction } from '../transaction';
import { createRun } from './runs';

export type Lease = { runId: string; instance: string };

const UNFINISHED = ['queued', 'running'];

/**
 * Admission across instances (Postgres): with the session's advisory lock held for the
 * transaction, no other instance can be between its own check and insert, so "one run at a
 * time per session" holds for the whole deployment. The new run is leased to `instance` in
 * the same transaction, so no instance starting up ever sees it unleased. Null when the
 * session already has an unfinished run.
 */
export async function createLeasedRun(
  input: Parameters<typeof createRun>[0],
  instance: string,
  expiresAt: number,
): Promise<Awaited<ReturnType<typeof createRun>> | null> {
  return transaction('run admission', async () => {
    const { db, t } = await conn();
    await (db as unknown as PgDb).execute(
      sql`select pg_advisory_xact_lock(hashtext(${`proofdesk.session:${input.sessionId}`}))`,
    );
    const busy = await db
      .select({ id: t.runs.id })
      .from(t.runs)
      .where(and(eq(t.runs.sessionId, input.sessionId), inArray(t.runs.status, UNFINISHED)))
      .limit(1);
    if (busy.length) return null;
    const run = await createRun(input);
    await db.insert(t.runLeases).values({ runId: run.id, instance, expiresAt });
    return run;
  });
}

/** Moves a run's lease to `instance` (a queued job picked up); false when it was taken over. */
export async function claimLease(runId: string, instance: string, expiresAt: number) {
  const { db, t } = await conn();
  const write = db
    .update(t.runLeases)
    .set({ instance, expiresAt })
    .where(eq(t.runLeases.runId, runId));
  return affectedRows(await write) > 0;
}

/** Extends every lease `instance` holds; returns the runs it still holds. */
export async function renewLeases(instance: string, expiresAt: number): Promise<string[]> {
  const { db, t } = await conn();
  const rows = await db
    .update(t.runLeases)
    .set({ expiresAt })
    .where(eq(t.runLeases.instance, instance))
    .returning({ runId: t.runLeases.runId });
  return rows.map((r) => r.runId);
}

export async function releaseLease(runId: string, instance: string): Promise<void> {
  const { db, t } = await conn();
  await db
    .delete(t.runLeases)
    .where(and(eq(t.runLeases.runId, runId), eq(t.runLeases.instance, instance)));
}

/**
 * Removes the leases that ran out before `now` and returns them: the delete is atomic, so
 * each dead instance's run is taken over by exactly one of the instances sweeping.
 */
export async function takeExpiredLeases(now: number): Promise<Lease[]> {
  const { db, t } = await conn();
  return db
    .delete(t.runLeases)
    .where(lt(t.runLeases.expiresAt, now))
    .returning({ runId: t.runLeases.runId, instance: t.runLeases.instance });
}

/** The leases these runs hold (alive or not yet swept). */
export async function leasesOf(runIds: string[]): Promise<Lease[]> {
  if (!runIds.length) return [];
  const { db, t } = await conn();
  return db
    .select({ runId: t.runLeases.runId, instance: t.runLeases.instance })
    .from(t.runLeases)
    .where(inArray(t.runLeases.runId, runIds));
}

/** Which of these runs hold a lease. */
export async function leasedRunIds(runIds: string[]): Promise<string[]> {
  return (await leasesOf(runIds)).map((l) => l.runId);
}
