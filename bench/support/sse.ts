import { createParser } from 'eventsource-parser';

export type RunEventFrame = {
  seq: number;
  data: { type: string; [k: string]: unknown };
  /** A frame joining a replay's deltas (`: joins A-B` before it): the first seq it stands for. */
  from?: number;
};

/** The seqs a frame stands for: its own, or every delta a joined replay frame joins. */
export function seqsOf(frame: RunEventFrame): number[] {
  const seqs: number[] = [];
  for (let seq = frame.from ?? frame.seq; seq <= frame.seq; seq++) seqs.push(seq);
  return seqs;
}

/**
 * Reads a run's SSE stream to its end (a finished run replays its whole log from SQLite and
 * closes) or until `signal` aborts: the server's own account of what it sent, or what one
 * client got, with each event's arrival time.
 */
export async function readRunEvents(
  url: string,
  onEvent?: (e: RunEventFrame, at: number) => void,
  signal?: AbortSignal,
  onBytes?: (n: number) => void,
): Promise<RunEventFrame[]> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'text/event-stream' }, signal });
  } catch (err) {
    if (signal?.aborted) return [];
    throw err;
  }
  if (res.status === 204 || !res.body) return [];
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  const frames: RunEventFrame[] = [];
  let joins: { from: number; to: number } | null = null;
  const parser = createParser({
    onComment(comment) {
      const m = /^\s*joins (\d+)-(\d+)$/.exec(comment);
      joins = m ? { from: Number(m[1]), to: Number(m[2]) } : null;
    },
    onEvent(e) {
      const frame: RunEventFrame = { seq: Number(e.id), data: JSON.parse(e.data) };
      if (joins && joins.to === frame.seq) frame.from = joins.from;
      joins = null;
      frames.push(frame);
      onEvent?.(frame, performance.timeOrigin + performance.now());
    },
  });
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      onBytes?.(value.byteLength);
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch (err) {
    // A reader that stops following on purpose keeps what it got.
    if (!signal?.aborted) throw err;
  }
  return frames;
}
