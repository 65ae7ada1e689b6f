import type { RequestKind, WireMessage } from './classify';

/** One received chat request, as GET /__log shows it to tests. */
export type LoggedRequest = {
  id: number;
  time: string;
  kind: RequestKind;
  model: string;
  scenario: string;
  stream: boolean;
  messages: WireMessage[];
  /** Everything else the request body carried (temperature, max_tokens, stream_options…). */
  params: Record<string, unknown>;
  /** HTTP status sent (0 until headers go out). */
  status: number;
  /** The client closed the connection before the response was complete (e.g. Stop). */
  closedByClient: boolean;
  closedAt: string | null;
  /** The whole response was sent. */
  completed: boolean;
  /** Tokens a streamed answer carried: prompt, cached prompt, answer and reasoning. */
  served?: { prompt: number; cached: number; answer: number; reasoning: number };
};

/** When a streamed answer's pieces left: `[pieces sent so far, epoch ms]`, one per socket write. */
export type SendTimeline = [number, number][];

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextId = 1;
  /**
   * Kept apart from the entries (GET /__sends, not /__log): a load bench needs to know when
   * the model server actually sent each piece, which differs from its schedule when the
   * server itself is short of CPU, and the tests reading /__log need none of it.
   */
  private sends = new Map<number, SendTimeline>();

  add(
    entry: Omit<
      LoggedRequest,
      'id' | 'time' | 'status' | 'closedByClient' | 'closedAt' | 'completed'
    >,
  ): LoggedRequest {
    const logged: LoggedRequest = {
      ...entry,
      id: this.nextId++,
      time: new Date().toISOString(),
      status: 0,
      closedByClient: false,
      closedAt: null,
      completed: false,
    };
    this.entries.push(logged);
    return logged;
  }

  list(): LoggedRequest[] {
    return this.entries;
  }

  recordSend(id: number, pieces: number): void {
    const timeline = this.sends.get(id) ?? [];
    timeline.push([pieces, Date.now()]);
    this.sends.set(id, timeline);
  }

  /** Every streamed answer's send timeline, by request id. */
  sendTimelines(): Record<number, SendTimeline> {
    return Object.fromEntries(this.sends);
  }

  clear(): void {
    this.entries = [];
    this.sends.clear();
  }
}
