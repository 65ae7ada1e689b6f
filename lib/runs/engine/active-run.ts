import 'server-only';
import { joinTick } from '@/lib/async/process-tick';
import { OPENING_CHARS } from '@/lib/model/opening';
import type { Run, RunEvent, SequencedRunEvent } from '@/lib/schemas';
import { type PersistPolicy, persistPolicy } from './persist-policy';
import { type ProgressExtra, RunWriteError, RunWriter } from './run-writer';

/** Receives the events of one tick (or one emit) together, in order. */
type Listener = (batch: readonly SequencedRunEvent[]) => void;
type Chunk = { type: 'text' | 'reasoning'; delta: string };

/** How long a run's final status waits for its write before the readers hear it anyway. */
const STORED_WAIT_MS = 1000;

/**
 * One run being executed by this process. Deltas from the model are appended to a buffer;
 * the process-wide tick (lib/async/process-tick.ts) turns the buffer into numbered events, hands each
 * tick's events to the live readers in one batch, keeps them in memory (for live replays)
 * and appends them to the database in batches (persist-policy.ts). Per token there is only
 * the append. Only the deltas are written while it streams, so the cost of a write is what
 * arrived since the last one; the full text is the fold of the log, and is written to the run's row at status
 * changes (start, end) — so a reconnect or a crash never sees a gap.
 */
export class ActiveRun {
  readonly abort = new AbortController();
  readonly events: SequencedRunEvent[] = [];
  text = '';
  reasoning = '';
  private seq = 0;
  private pending: Chunk[] = [];
  /** Events appended since listeners last heard. */
  private unsent: SequencedRunEvent[] = [];
  /** Characters of each kind pushed so far, up to OPENING_CHARS (then no longer counted). */
  private opened: Record<Chunk['type'], number> = { text: 0, reasoning: 0 };
  /** Set when the database refused this run's writes through every retry. */
  writeFailure: RunWriteError | null = null;
  private readonly writer: RunWriter;
  private listeners = new Set<Listener>();
  private readonly leaveTick: () => void;
  private unpersistedChars = 0;
  private unpersistedEvents = 0;
  private lastPersistAt = Date.now();
  /** When a batch is due (persist-policy.ts: seconds on SQLite, 50 ms on Postgres). */
  private readonly policy: PersistPolicy = persistPolicy();
  private writesInFlight = 0;

  constructor(readonly run: Run) {
    this.writer = new RunWriter(run.id, this.events, () => ({
      text: this.text,
      reasoning: this.reasoning,
    }));
    this.leaveTick = joinTick(this);
  }

  push(chunk: Chunk): void {
    const last = this.pending.at(-1);
    if (last && last.type === chunk.type) last.delta += chunk.delta;
    else this.pending.push({ type: chunk.type, delta: chunk.delta });
    // The opening of each kind goes out at once: time to first token is what users feel,
    // and the proof's first word often comes after minutes of reasoning, mid-tick. (Past a
    // stream's first seconds its bytes are read on the tick, lib/model/read-pacer.ts, so
    // that word then waits for the tick's read instead: at most one tick.)
    if (this.opened[chunk.type] < OPENING_CHARS) {
      this.opened[chunk.type] += chunk.delta.length;
      this.flushPending();
    }
  }

  /** Emits an event now (after any pending deltas, so order is kept). */
  emit(event: RunEvent): void {
    this.takePending();
    this.append(event);
    this.notify();
  }

  /**
   * The run's last event (its final status), told to the live readers once `write` has
   * stored it: a page that reloads the session on that status then reads the run as ended.
   * On SQLite the write is done before any other request can read anyway; on Postgres it is
   * I/O, and a reload read the run still `running` meanwhile. A database that does not take
   * the write (retrying) holds the end back for STORED_WAIT_MS at most.
   */
  async emitStored<T>(event: RunEvent, write: () => Promise<T>): Promise<T> {
    this.takePending();
    this.append(event);
    const written = write();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise((r) => {
      timer = setTimeout(r, STORED_WAIT_MS);
    });
    await Promise.race([written.catch(() => {}), waited]);
    clearTimeout(timer);
    this.notify();
    return written;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The tick: buffered deltas become events, and a batch is written when one is due. */
  onTick(now: number): void {
    if (this.pending.length) this.flushPending();
    if (!this.unpersistedEvents) return;
    const since = now - this.lastPersistAt;
    const { minMs, maxMs, batchChars, oneInFlight } = this.policy;
    if (oneInFlight && this.writesInFlight) return;
    const due = since >= maxMs || (this.unpersistedChars >= batchChars && since >= minMs);
    // A failure is recorded in `writeFailure` (and aborts the run); nothing to add here.
    if (due) this.persist().catch(() => {});
  }

  /**
   * Writes every event not yet persisted, plus status/patch, in one transaction (retried).
   * If the database stays unwritable the run is aborted and `writeFailure` says why: the
   * executor then ends it `failed` and frees the session's slot.
   */
  persist(extra?: ProgressExtra): Promise<void> {
    this.flushPending();
    this.markPersisted();
    this.writesInFlight += 1;
    return this.writer
      .write(extra)
      .catch((err: unknown) => {
        this.failWrites(err);
        throw err;
      })
      .finally(() => {
        this.writesInFlight -= 1;
      });
  }

  /** The run's last write: never throws; if the database is still down it retries later. */
  persistLast(extra: ProgressExtra): Promise<boolean> {
    this.flushPending();
    this.markPersisted();
    return this.writer.writeLast(extra);
  }

  private markPersisted(): void {
    this.unpersistedChars = 0;
    this.unpersistedEvents = 0;
    this.lastPersistAt = Date.now();
  }

  private failWrites(err: unknown): void {
    if (this.writeFailure) return;
    this.writeFailure = err instanceof RunWriteError ? err : new RunWriteError(err);
    this.abort.abort(this.writeFailure);
  }

  dispose(): void {
    this.leaveTick();
    this.listeners.clear();
  }

  /** Turns buffered deltas into events now, so `text`/`reasoning` are complete. */
  flushPending(): void {
    if (!this.pending.length) return;
    this.takePending();
    this.notify();
  }

  private takePending(): void {
    const chunks = this.pending;
    if (!chunks.length) return;
    this.pending = [];
    for (const c of chunks) this.append({ type: c.type, delta: c.delta });
  }

  private append(event: RunEvent): void {
    // Accumulated text is only ever appended to (a rope in V8), never copied per delta.
    if (event.type === 'text') this.text += event.delta;
    else if (event.type === 'reasoning') this.reasoning += event.delta;
    else if (event.type === 'replace') {
      this.text = event.text;
      this.reasoning = event.reasoning;
    }
    this.seq += 1;
    const e = { seq: this.seq, event };
    this.events.push(e);
    this.unsent.push(e);
    this.unpersistedEvents += 1;
    this.unpersistedChars += 'delta' in event ? event.delta.length : 200;
  }

  private notify(): void {
    const batch = this.unsent;
    if (!batch.length) return;
    this.unsent = [];
    for (const l of this.listeners) l(batch);
  }
}
