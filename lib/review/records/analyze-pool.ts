import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import Tinypool from 'tinypool';
import { mapInSlices } from '@/lib/async/slices';
import { type LineChunk, type PreparedLine, prepareLine } from './prepare';
import type { ImportFormat } from './records';
import { importWorkerFile } from './worker-file';

/** Lines per task: big enough that messaging is noise, small enough to keep workers even. */
const CHUNK_LINES = 32;
/** Below this many lines, starting workers (~0.3 s each) costs more than it saves. */
const INLINE_BELOW = 200;

const key = Symbol.for('proofdesk.importPool');
type G = typeof globalThis & { [key]?: Tinypool };

/** How many worker threads an import uses: PROOFDESK_IMPORT_WORKERS, else one per core. */
export function importWorkerCount(env = process.env): number {
  const set = Number(env.PROOFDESK_IMPORT_WORKERS);
  if (Number.isInteger(set) && set >= 0) return set;
  return Math.min(4, os.availableParallelism());
}

/** The pool, or null when it cannot work here (no worker file): then imports analyse inline. */
function pool(): Tinypool | null {
  const g = globalThis as G;
  if (g[key]) return g[key];
  const filename = importWorkerFile();
  if (!fs.existsSync(filename)) {
    warnOnce(new Error(`${filename} is missing`));
    return null;
  }
  g[key] = new Tinypool({
    filename,
    minThreads: 0,
    maxThreads: importWorkerCount(),
    // Idle workers leave after a while: imports are occasional.
    idleTimeout: 30_000,
  });
  // A worker that dies outside a task must not take the server with it.
  g[key].on('error', warnOnce);
  return g[key];
}

/** How many worker threads are running now (0 when no pool has started). */
export function importWorkersRunning(): number {
  return (globalThis as G)[key]?.threads.length ?? 0;
}

/** Stops the workers (the CLI, before it exits; tests). */
export async function closeImportPool(): Promise<void> {
  const g = globalThis as G;
  const p = g[key];
  g[key] = undefined;
  await p?.destroy();
}

let warned = false;
const warnOnce = (err: unknown) => {
  if (!warned) console.error('[proofdesk] import workers failed, analysing inline:', err);
  warned = true;
};

/** An upload at least this large will likely be analysed in the workers (see INLINE_BELOW). */
const WARM_FROM_BYTES = 256 * 1024;

/**
 * Starts the workers while an upload of `bytes` is still arriving, so they are ready when
 * its lines are: their start is then off the import's path. Nothing for small uploads.
 */
export function warmImportWorkers(bytes: number): void {
  const n = importWorkerCount();
  const workers = bytes >= WARM_FROM_BYTES && n > 0 ? pool() : null;
  if (!workers) return;
  // One empty task per worker: the pool starts a thread for each task it cannot queue.
  for (let i = 0; i < n; i++)
    workers.run({ firstLine: 1, lines: [], format: 'auto' } satisfies LineChunk).catch(warnOnce);
}

/** A chunk on the main thread, yielding every ~10 ms so the server keeps serving. */
const prepareInline = (chunk: LineChunk) =>
  mapInSlices(chunk.lines, (raw, i) => prepareLine(raw, chunk.firstLine + i, chunk.format));

/** Longer than any chunk takes even on a saturated machine: past it the worker is stuck. */
const CHUNK_TIMEOUT_MS = 60_000;

/** One chunk in a worker; inline (in ~10 ms slices) if the worker cannot run it. */
async function runChunk(chunk: LineChunk): Promise<PreparedLine[]> {
  const workers = pool();
  if (!workers) return prepareInline(chunk);
  let timer: NodeJS.Timeout | undefined;
  try {
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('a worker did not answer')), CHUNK_TIMEOUT_MS);
    });
    return (await Promise.race([workers.run(chunk), stuck])) as PreparedLine[];
  } catch (err) {
    // The analysis itself never throws (a bad line is a value), so this is the pool failing
    // (a worker that cannot start): the import still works, on the main thread.
    warnOnce(err);
    return prepareInline(chunk);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads, checks and anchors JSONL lines in worker threads, and hands the results to `each`
 * chunk by chunk in line order, while the next chunks are being analysed: the caller stores
 * one chunk as the workers work on the following ones. At most a few chunks per worker wait
 * in memory. Small inputs are analysed inline.
 */
export async function analyzeLines(
  lines: readonly string[],
  format: ImportFormat,
  each: (prepared: PreparedLine[]) => Promise<void> | void,
): Promise<void> {
  const chunks: LineChunk[] = [];
  for (let i = 0; i < lines.length; i += CHUNK_LINES)
    chunks.push({ firstLine: i + 1, lines: lines.slice(i, i + CHUNK_LINES), format });
  const workers = importWorkerCount();
  if (lines.length < INLINE_BELOW || workers === 0) {
    for (const chunk of chunks) await each(await prepareInline(chunk));
    return;
  }
  const window = workers * 4;
  const pending: Promise<PreparedLine[]>[] = [];
  let next = 0;
  const refill = () => {
    while (next < chunks.length && pending.length < window) pending.push(runChunk(chunks[next++]));
  };
  refill();
  while (pending.length) {
    const done = await (pending.shift() as Promise<PreparedLine[]>);
    refill();
    await each(done);
  }
}
