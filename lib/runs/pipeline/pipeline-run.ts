import 'server-only';
import { setMaxListeners } from 'node:events';
import type { RunEnd, RunProgress } from '@/lib/schemas';
import type { ActiveRun } from '../active-run';
import { type CallOutcome, type CallSpec, callModel } from './call-model';
import { setLiveProgress } from './live-progress';

/** Progress events go out at most this often (the last one always goes out). */
const PROGRESS_EVERY_MS = 200;
/** And at least this often while the run goes on: elapsed time, ETA and tokens keep moving. */
const HEARTBEAT_MS = 1000;
/** Streamed characters per token, for the running estimate until a request reports usage. */
const CHARS_PER_TOKEN = 4;

export type Session = { id: string; problem: string };

/**
 * A run made of many model requests (samples, meta-verifications, autopilot rounds, a
 * search). Counts its tokens and requests and reports where it stands as `progress` events
 * on the run's own SSE stream, so a late viewer replays them like any other event.
 */
export class PipelineRun {
  readonly startedAt = Date.now();
  readonly tokens = { prompt: 0, completion: 0, reasoning: 0 };
  progress: RunProgress;
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null;
  /** Characters streamed so far by each request still in flight. */
  private inflight = new Map<symbol, number>();

  constructor(
    readonly active: ActiveRun,
    readonly session: Session,
    init: Partial<RunProgress> = {},
  ) {
    // Every concurrent request listens to the run's Stop signal.
    setMaxListeners(0, active.abort.signal);
    this.progress = {
      phase: 'starting',
      round: null,
      roundsDone: 0,
      maxRounds: null,
      requestsDone: 0,
      requestsTotal: null,
      running: 0,
      tokens: this.tokens,
      budgetTokens: null,
      elapsedMs: 0,
      etaMs: null,
      changes: 0,
      outcome: null,
      searchId: null,
      ...init,
    };
    this.heartbeat = setInterval(() => this.emitNow(), HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  get signal(): AbortSignal {
    return this.active.abort.signal;
  }

  get runId(): string {
    return this.active.run.id;
  }

  tokensUsed(): number {
    return this.tokens.prompt + this.tokens.completion;
  }

  update(patch: Partial<RunProgress>): void {
    Object.assign(this.progress, patch);
    this.timer ??= setTimeout(() => this.emitNow(), PROGRESS_EVERY_MS);
  }

  /** Rounds, findings or the pool changed: viewers refetch at once. */
  changed(patch: Partial<RunProgress> = {}): void {
    Object.assign(this.progress, patch);
    this.progress.changes++;
    this.emitNow();
  }

  emitNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const p = this.progress;
    p.elapsedMs = Date.now() - this.startedAt;
    p.tokens = { ...this.tokens, completion: this.tokens.completion + this.streamedTokens() };
    if (p.requestsTotal && p.requestsDone > 0 && !p.outcome) {
      const left = Math.max(0, p.requestsTotal - p.requestsDone);
      p.etaMs = Math.round((p.elapsedMs / p.requestsDone) * left);
    }
    const snapshot = { ...p, tokens: { ...p.tokens } };
    setLiveProgress(this.runId, snapshot);
    this.active.emit({ type: 'progress', progress: snapshot });
  }

  /** Tokens of the requests still streaming, estimated from their characters. */
  private streamedTokens(): number {
    let chars = 0;
    for (const n of this.inflight.values()) chars += n;
    return Math.round(chars / CHARS_PER_TOKEN);
  }

  /** One model request, counted in this run's tokens and progress (live while it streams). */
  async call(spec: CallSpec, signal: AbortSignal = this.signal): Promise<CallOutcome> {
    this.update({ running: this.progress.running + 1 });
    const id = Symbol('request');
    this.inflight.set(id, 0);
    const onDelta: CallSpec['onDelta'] = (d) => {
      this.inflight.set(id, (this.inflight.get(id) ?? 0) + d.delta.length);
      spec.onDelta?.(d);
    };
    const out = await callModel(
      { runId: this.runId, sessionId: this.session.id },
      { ...spec, onDelta },
      signal,
    ).finally(() => this.inflight.delete(id));
    if (out.usage) {
      this.tokens.prompt += out.usage.promptTokens;
      this.tokens.completion += out.usage.completionTokens;
      this.tokens.reasoning += out.usage.reasoningTokens ?? 0;
    }
    this.update({
      running: this.progress.running - 1,
      requestsDone: this.progress.requestsDone + (out.status === 'stopped' ? 0 : 1),
    });
    return out;
  }

  finish(outcome: string | null, end: RunEnd | null = null): void {
    this.stopHeartbeat();
    this.progress.outcome = outcome;
    this.progress.end = end;
    this.progress.etaMs = outcome ? 0 : this.progress.etaMs;
    this.progress.running = 0;
    this.emitNow();
  }

  dispose(): void {
    this.stopHeartbeat();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
