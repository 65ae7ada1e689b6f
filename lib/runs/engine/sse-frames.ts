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

/** A live run's frames from its first event, joined so far: `events` only ever grows. */
const fromStart = new WeakMap<readonly SequencedRunEvent[], { count: number; bytes: Uint8Array }>();

/**
 * The frames of every event in `events` (a live run's log, append-only) in one chunk: what a
 * reader joining the run from its start is sent. Joined once and extended by the events
 * added since, so a class's readers opening the same run share one copy.
 */
export function framesFromStart(events: readonly SequencedRunEvent[]): Uint8Array {
  const held = fromStart.get(events);
  if (held && held.count === events.length) return held.bytes;
  const added = join(events.slice(held?.count ?? 0));
  const bytes = held ? Buffer.concat([held.bytes, added]) : added;
  fromStart.set(events, { count: events.length, bytes });
  return bytes;
}

/** Stored events (their JSON text as written) as one chunk of frames, for a replay. */
export function storedFrames(rows: readonly { seq: number; data: string }[]): Uint8Array {
  let text = '';
  for (const r of rows) text += `id: ${r.seq}\ndata: ${r.data}\n\n`;
  return encoder.encode(text);
}
