import 'server-only';
import type { Run, RunEvent, SequencedRunEvent } from '@/lib/schemas';
import { type ProgressExtra, RunWriteError, RunWriter } from './run-writer';

type Listener = (e: SequencedRunEvent) => void;
type Chunk = { type: 'text' | 'reasoning'; delta: string };

/** How often streamed deltas become events (broadcast) and events reach SQLite. */
const EVENT_TICK_MS = 15;
/**
 * The first characters of each kind go out delta by delta, not on the tick: a draft's text
 * opens with a heading ("## Solution") that the editor never shows, and the proof's first
 * word, a few milliseconds behind it, would otherwise wait for the next tick.
 */
const OPENING_CHARS = 256;
// When to write a batch: a commit costs whole pages whatever it carries (table and index
// leaves, the header, then the checkpoint copies them: 25–50 kB), so batches are sized by
// what arrived — at least ~16 kB of text, at least a second apart — and at most 3 s apart.
// A SIGKILL loses at most the last 3 s of the stream (the run comes back interrupted with
// everything written before).
const PERSIST_MIN_MS = 1000;
const PERSIST_MAX_MS = 3000;
const PERSIST_BATCH_CHARS = 16_000;

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
  /** Characters of each kind pushed so far, up to OPENING_CHARS (then no longer counted). */
  private opened: Record<Chunk['type'], number> = { text: 0, reasoning: 0 };
  /** Set when the database refused this run's writes through every retry. */
  writeFailure: RunWriteError | null = null;
  private readonly writer: RunWriter;
  private listeners = new Set<Listener>();
  private tickTimer: NodeJS.Timeout | null = null;
  private persistTimer: NodeJS.Timeout | null = null;
  private unpersistedChars = 0;
  private lastPersistAt = Date.now();

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
    // The opening of each kind goes out at once: time to first token is what users feel,
    // and the proof's first word often comes after minutes of reasoning, mid-tick.
    if (this.opened[chunk.type] < OPENING_CHARS) {
      this.opened[chunk.type] += chunk.delta.length;
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
    this.unpersistedChars = 0;
    this.lastPersistAt = Date.now();
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
    this.unpersistedChars += 'delta' in event ? event.delta.length : 200;
    const due =
      this.unpersistedChars >= PERSIST_BATCH_CHARS &&
      Date.now() - this.lastPersistAt >= PERSIST_MIN_MS;
    if (due) this.persistSoon(0);
    else this.persistSoon(PERSIST_MAX_MS);
  }

  private persistSoon(ms: number): void {
    if (this.persistTimer && ms > 0) return;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      // A failure is recorded in `writeFailure` (and aborts the run); nothing to add here.
      this.persist().catch(() => {});
    }, ms);
  }
}
