import 'server-only';
import { setMaxListeners } from 'node:events';
import type { TokenUsage } from '@/lib/model/types';
import type { RunEnd, RunProgress } from '@/lib/schemas';
import { findingsEvent } from '@/lib/verification/with-verifications';
import type { ActiveRun } from './active-run';
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
 * What a job sees of its run, whatever its kind: the Stop signal, one `call` per model
 * request (counted in the run's tokens), and — for multi-step runs — where it stands, as
 * `progress` events on the run's own SSE stream, so a late viewer replays them like any
 * other event. A run of one request has no progress stream (`progress: false`).
 */
export class RunContext {
  readonly startedAt = Date.now();
  readonly tokens = { prompt: 0, cached: 0, completion: 0, reasoning: 0 };
  progress: RunProgress;
  private readonly reports: boolean;
  /** Model and provider of the last request that reported usage (prices, the usage view). */
  private source: Pick<TokenUsage, 'model' | 'provider'> = {};
  /** Whether any request's server said how many of its tokens were reasoning. */
  private reasoningKnown = false;
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Characters streamed so far by each request still in flight (a counter each: per token, one add). */
  private inflight = new Set<{ chars: number }>();

  constructor(
    readonly active: ActiveRun,
    readonly session: Session,
    init: Partial<RunProgress> | false = {},
  ) {
    this.reports = init !== false;
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
      tokens: { prompt: 0, completion: 0, reasoning: 0 },
      budgetTokens: null,
      elapsedMs: 0,
      etaMs: null,
      changes: 0,
      outcome: null,
      searchId: null,
      ...(init || {}),
    };
    if (this.reports) {
      this.heartbeat = setInterval(() => this.emitNow(), HEARTBEAT_MS);
      this.heartbeat.unref?.();
    }
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

  /** The run's tokens so far, summed over its requests, as stored on the run. */
  usage(): TokenUsage {
    return {
      promptTokens: this.tokens.prompt,
      cachedPromptTokens: this.tokens.cached,
      completionTokens: this.tokens.completion,
      reasoningTokens: this.reasoningKnown ? this.tokens.reasoning : null,
      ...this.source,
    };
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

  /**
   * A round's findings were stored (a verification, meta-verification marks, automatic
   * decisions): the page gets them as a `findings` event and applies them in place.
   */
  async findingsStored(roundId: string): Promise<void> {
    const event = await findingsEvent(this.session.id, roundId, this.runId);
    if (event) this.active.emit(event);
  }

  emitNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.reports) return;
    const p = this.progress;
    p.elapsedMs = Date.now() - this.startedAt;
    p.tokens = {
      prompt: this.tokens.prompt,
      completion: this.tokens.completion + this.streamedTokens(),
      reasoning: this.tokens.reasoning,
    };
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
    for (const request of this.inflight) chars += request.chars;
    return Math.round(chars / CHARS_PER_TOKEN);
  }

  /** One model request, counted in this run's tokens and progress (live while it streams). */
  async call(spec: CallSpec, signal: AbortSignal = this.signal): Promise<CallOutcome> {
    this.update({ running: this.progress.running + 1 });
    const streamed = { chars: 0 };
    this.inflight.add(streamed);
    const onDelta: CallSpec['onDelta'] = (d) => {
      streamed.chars += d.delta.length;
      spec.onDelta?.(d);
    };
    const out = await callModel(
      { runId: this.runId, sessionId: this.session.id },
      { ...spec, onDelta },
      signal,
    ).finally(() => this.inflight.delete(streamed));
    if (out.usage) {
      this.tokens.prompt += out.usage.promptTokens;
      this.tokens.completion += out.usage.completionTokens;
      this.tokens.reasoning += out.usage.reasoningTokens ?? 0;
      this.tokens.cached += out.usage.cachedPromptTokens ?? 0;
      this.reasoningKnown ||= out.usage.reasoningTokens !== null;
      if (out.usage.model) this.source.model = out.usage.model;
      if (out.usage.provider) this.source.provider = out.usage.provider;
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
