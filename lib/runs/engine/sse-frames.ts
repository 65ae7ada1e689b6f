import 'server-only';
import type { SequencedRunEvent } from '@/lib/schemas';

const encoder = new TextEncoder();

/** Each event's SSE frame, encoded the first time any reader needs it and then shared. */
const frames = new WeakMap<SequencedRunEvent, Uint8Array>();
/** A live batch's frames joined, shared by every reader of that batch. */
const batches = new WeakMap<readonly SequencedRunEvent[], Uint8Array>();

export function sseText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** `id: <seq>` + `data: <event JSON>`: what `Last-Event-ID` replays from. */
export function eventFrame(e: SequencedRunEvent): Uint8Array {
  let bytes = frames.get(e);
  if (!bytes) {
    bytes = encoder.encode(`id: ${e.seq}\ndata: ${JSON.stringify(e.event)}\n\n`);
    frames.set(e, bytes);
  }
  return bytes;
}

function join(events: readonly SequencedRunEvent[]): Uint8Array {
  if (events.length === 1) return eventFrame(events[0]);
  return Buffer.concat(events.map(eventFrame));
}

/**
 * The frames of `events` in one chunk, so a reader gets one write per tick (or one for a
 * whole replay) instead of one per event. A batch handed to several readers is encoded once.
 */
export function framesOf(events: readonly SequencedRunEvent[], shared = false): Uint8Array {
  if (!shared) return join(events);
  let bytes = batches.get(events);
  if (!bytes) {
    bytes = join(events);
    batches.set(events, bytes);
  }
  return bytes;
}

/** Deltas that may be joined: the text (or reasoning) they add is all a reader takes from them. */
const isDelta = (e: SequencedRunEvent) => e.event.type === 'text' || e.event.type === 'reasoning';

/**
 * One frame for `events` (deltas of one kind, in order): the last one's seq as its id, so a
 * reconnect resumes after all of them, and their text joined. A comment line (which
 * EventSource ignores) says which events it stands for.
 */
function joinedFrame(events: readonly SequencedRunEvent[]): Uint8Array {
  if (events.length === 1) return eventFrame(events[0]);
  const { type } = events[0].event;
  let delta = '';
  for (const e of events) delta += (e.event as { delta: string }).delta;
  const first = events[0].seq;
  const last = events[events.length - 1].seq;
  return encoder.encode(
    `: joins ${first}-${last}\nid: ${last}\ndata: ${JSON.stringify({ type, delta })}\n\n`,
  );
}

/** Where each group of `events[from…]` starts: a run of deltas of one kind, or any other event. */
function groupStarts(events: readonly SequencedRunEvent[], from: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < events.length; i++) {
    const e = events[i];
    const prev = events[i - 1];
    const continues = i > from && isDelta(e) && isDelta(prev) && prev.event.type === e.event.type;
    if (!continues) starts.push(i);
  }
  return starts;
}

/**
 * A live run's log from its first event as frames, for a reader joining it (append-only):
 * `closed` are the frames of `events[0, open)`, which nothing can change; the group from
 * `open` (the deltas streaming now) is framed again when the log has grown.
 */
type FromStart = { count: number; bytes: Uint8Array; closed: Uint8Array; open: number };
const fromStart = new WeakMap<readonly SequencedRunEvent[], FromStart>();

/**
 * The frames of every event in `events` (a live run's log) in one chunk: what a reader
 * joining the run from its start is sent. The run's deltas, one per tick (~500 in a 20 s
 * draft, each framed with its id and type), go as one frame per run of deltas of one kind:
 * the same text in about half the bytes. Kept per log and extended as it grows, so a class's
 * readers opening the same run share one copy.
 */
export function framesFromStart(events: readonly SequencedRunEvent[]): Uint8Array {
  const held = fromStart.get(events);
  if (held && held.count === events.length) return held.bytes;
  const starts = groupStarts(events, held?.open ?? 0);
  const open = starts[starts.length - 1] ?? events.length;
  const newlyClosed = starts
    .slice(0, -1)
    .map((start, k) => joinedFrame(events.slice(start, starts[k + 1])));
  const before = held?.closed ?? new Uint8Array(0);
  // While one run of deltas streams on, nothing closes: the closed frames are not copied.
  const closed = newlyClosed.length ? Buffer.concat([before, ...newlyClosed]) : before;
  const bytes =
    open < events.length ? Buffer.concat([closed, joinedFrame(events.slice(open))]) : closed;
  fromStart.set(events, { count: events.length, bytes, closed, open });
  return bytes;
}

/** Stored events (their JSON text as written) as one chunk of frames, for a replay. */
export function storedFrames(rows: readonly { seq: number; data: string }[]): Uint8Array {
  let text = '';
  for (const r of rows) text += `id: ${r.seq}\ndata: ${r.data}\n\n`;
  return encoder.encode(text);
}
