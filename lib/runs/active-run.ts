import 'server-only';
import type { Run, RunEvent, SequencedRunEvent } from '@/lib/schemas';
import { type ProgressExtra, RunWriteError, RunWriter } from './run-writer';

type Listener = (e: SequencedRunEvent) => void;
type Chunk = { type: 'text' | 'reasoning'; delta: string };

/** How often streamed deltas become events (broadcast) and events reach SQLite. */
const EVENT_TICK_MS = 15;
// Once a second: a commit costs whole pages (table + index leaves, then the checkpoint
// copies them), so fewer, larger batches keep disk writes near the size of the text; a
// SIGKILL loses at most the last second of the stream (the run comes back interrupted
// with everything written before).
const PERSIST_EVERY_MS = 1000;

/**
 * One run being executed by this process. Deltas from the model are coalesced into events
 * every few milliseconds, numbered, kept in memory (for live replays) and appended to SQLite
 * in batches. Only the deltas are written while it streams, so the cost of a write is what
 * arrived since the last one; the full text is the fold of the log, and is written to the
 * run's row at status changes (start, end) — so a reconnect or a crash never sees a gap.
 */
export class ActiveRun {
  readonly abort = new AbortController();
  readonly events: SequencedRunEvent[] = [];
  text = '';
  reasoning = '';
  private seq: number;
  private pending: Chunk[] = [];
  private started = new Set<Chunk['type']>();
  /** Set when the database refused this run's writes through every retry. */
  writeFailure: RunWriteError | null = null;
  private readonly writer: RunWriter;
  private listeners = new Set<Listener>();
  private tickTimer: NodeJS.Timeout | null = null;
  private persistTimer: NodeJS.Timeout | null = null;

  constructor(readonly run: Run) {
    this.seq = 0;
    this.writer = new RunWriter(run.id, this.events, () => ({
      text: this.text,
      reasoning: this.reasoning,
    }));
  }

  push(chunk: Chunk): void {
    const last = this.pending.at(-1);
    if (last && last.type === chunk.type) last.delta += chunk.delta;
    else this.pending.push({ ...chunk });
    // The first delta of each kind goes out at once: time to first token is what users feel,
    // and the proof's first word often comes after minutes of reasoning, mid-tick.
    if (!this.started.has(chunk.type)) {
      this.started.add(chunk.type);
      this.flushPending();
      return;
    }
    this.tickTimer ??= setTimeout(() => this.flushPending(), EVENT_TICK_MS);
  }

  /** Emits an event now (after any pending deltas, so order is kept). */
  emit(event: RunEvent): void {
    this.flushPending();
    this.append(event);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes every event not yet persisted, plus status/patch, in one transaction (retried).
   * If the database stays unwritable the run is aborted and `writeFailure` says why: the
   * executor then ends it `failed` and frees the session's slot.
   */
  persist(extra?: ProgressExtra): Promise<void> {
    this.flushPending();
    return this.writer.write(extra).catch((err: unknown) => {
      this.failWrites(err);
      throw err;
    });
  }

  /** The run's last write: never throws; if the database is still down it retries later. */
  persistLast(extra: ProgressExtra): Promise<boolean> {
    this.flushPending();
    return this.writer.writeLast(extra);
  }

  private failWrites(err: unknown): void {
    if (this.writeFailure) return;
    this.writeFailure = err instanceof RunWriteError ? err : new RunWriteError(err);
    this.abort.abort(this.writeFailure);
  }

  dispose(): void {
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.tickTimer = this.persistTimer = null;
    this.listeners.clear();
  }

  /** Turns buffered deltas into events now, so `text`/`reasoning` are complete. */
  flushPending(): void {
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    const chunks = this.pending;
    this.pending = [];
    for (const c of chunks) this.append({ type: c.type, delta: c.delta });
  }

  private append(event: RunEvent): void {
    if (event.type === 'text') this.text += event.delta;
    else if (event.type === 'reasoning') this.reasoning += event.delta;
    else if (event.type === 'replace') {
      this.text = event.text;
      this.reasoning = event.reasoning;
    }
    this.seq += 1;
    const e = { seq: this.seq, event };
    this.events.push(e);
    for (const l of this.listeners) l(e);
    this.persistTimer ??= setTimeout(() => {
      this.persistTimer = null;
      // A failure is recorded in `writeFailure` (and aborts the run); nothing to add here.
      this.persist().catch(() => {});
    }, PERSIST_EVERY_MS);
  }
}
