import 'server-only';
import { createHash } from 'node:crypto';
import { BoundedCache } from '@/lib/cache/bounded-cache';
import { dataGeneration } from '@/lib/db';
import { activeRunForSession } from '@/lib/runs';
import { sessionDetail } from './service';

/** A session's JSON as sent, and its entity tag (a hash of exactly those bytes). */
export type SessionJson = { json: string; etag: string };

type Entry = SessionJson & { generation: string; localRunId: string | null };

/**
 * Session JSON by id, as last read. Readers open the same sessions again and again (a class
 * watching its drafts, a page polled after each run), and one read is a dozen queries, their
 * rows mapped and the whole answer serialised. An entry is used only while the database's
 * generation (`dataGeneration`: it moves on every write) and the session's live run (held in
 * memory, not in the database) are as they were when it was read, so an answer from here is
 * the one a fresh read would give. On Postgres the generation moves at the commit of any
 * instance's write, and a run another instance executes reaches the answer through its row.
 * 16 MB at most, least recently used first out.
 */
const MAX_BYTES = 16 * 2 ** 20;
const key = Symbol.for('proofdesk.sessionJsonCache');
type G = typeof globalThis & { [key]?: BoundedCache<string, Entry> };

function cache(): BoundedCache<string, Entry> {
  const g = globalThis as G;
  // A JS string costs up to 2 bytes per character.
  g[key] ??= new BoundedCache<string, Entry>(MAX_BYTES, (e) => e.json.length * 2);
  return g[key];
}

const etagOf = (json: string) => `W/"${createHash('sha1').update(json).digest('base64url')}"`;

/** Counts for tests: how many answers came from the cache, how many were read afresh. */
export const sessionJsonStats = { hits: 0, reads: 0 };

/** The session's run executing in this process, which the database does not show yet. */
const localRunId = (id: string) => activeRunForSession(id)?.run.id ?? null;

/**
 * Reads in flight, by session. When fifty readers open a page at once (a class told to look
 * at a draft), one read serves every request that found the same generation; each of them
 * would otherwise run the same dozen queries side by side.
 */
type Flight = { generation: string; localRunId: string | null; read: Promise<Read> };
type Read = { fresh: SessionJson; kept: boolean };
const inflight = new Map<string, Flight>();

export async function sessionJson(id: string): Promise<SessionJson> {
  const generation = await dataGeneration();
  const local = localRunId(id);
  const held = generation ? cache().get(id) : undefined;
  if (held && held.generation === generation && held.localRunId === local) {
    sessionJsonStats.hits++;
    return { json: held.json, etag: held.etag };
  }
  const flying = generation ? inflight.get(id) : undefined;
  if (flying && flying.generation === generation && flying.localRunId === local) {
    const shared = await flying.read;
    // Only a read that stayed at its generation throughout is that generation's answer.
    if (shared.kept) {
      sessionJsonStats.hits++;
      return shared.fresh;
    }
  }
  const read = readAndKeep(id, generation, local);
  if (!generation) return (await read).fresh;
  const flight = { generation, localRunId: local, read };
  inflight.set(id, flight);
  try {
    return (await read).fresh;
  } finally {
    if (inflight.get(id) === flight) inflight.delete(id);
  }
}

async function readAndKeep(id: string, generation: string | null, local: string | null) {
  sessionJsonStats.reads++;
  const detail = await sessionDetail(id);
  const json = JSON.stringify(detail);
  const fresh = { json, etag: etagOf(json) };
  // Kept only if nothing was written while it was read (another request's write may have
  // landed between two of its queries) and the live run did not change meanwhile.
  const kept = Boolean(
    generation && generation === (await dataGeneration()) && localRunId(id) === local,
  );
  if (kept && generation) cache().set(id, { ...fresh, generation, localRunId: local });
  else cache().delete(id);
  return { fresh, kept };
}
