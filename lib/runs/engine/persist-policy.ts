import 'server-only';
import { sharedByInstances } from '@/lib/db';

/** When ActiveRun writes a batch of a run's events. */
export type PersistPolicy = {
  /** A batch is due this long after the last one if it carries `batchChars`… */
  minMs: number;
  batchChars: number;
  /** …and this long after it whatever it carries. */
  maxMs: number;
  /** Wait for the previous batch's commit before writing the next (none queue up). */
  oneInFlight: boolean;
};

/**
 * SQLite: a commit costs whole pages whatever it carries (table and index leaves, the
 * header, then the checkpoint copies them: 25–50 kB), so batches are sized by what arrived —
 * at least ~16 kB of text, at least a second apart — and at most 3 s apart. A SIGKILL loses
 * at most the last 3 s of the stream (the run comes back interrupted with everything
 * written before).
 */
const SQLITE: PersistPolicy = { minMs: 1000, batchChars: 16_000, maxMs: 3000, oneInFlight: false };

/**
 * Postgres: the stored rows are how other instances follow the run (each commit NOTIFYs
 * them), so the batch interval is the floor of their delay, and must sit well under the
 * 150 ms target for p95 from a model delta to another instance's SSE frame. A write there
 * is one round trip of a small insert (no page-level amplification, WAL appends), so a batch
 * every 50 ms — the tick is 40 ms, so in practice every second tick (80 ms) — costs 12 small
 * transactions a second per run; a slow commit makes the next batch wait for it and carry
 * more, rather than queue behind it. See BENCHMARKS.md (bench:load --postgres).
 */
const POSTGRES: PersistPolicy = { minMs: 50, batchChars: 0, maxMs: 50, oneInFlight: true };

export function persistPolicy(): PersistPolicy {
  return sharedByInstances() ? POSTGRES : SQLITE;
}
