import type { RunEventFrame } from './sse';

const isDelta = (type: string) => type === 'text' || type === 'reasoning';

/**
 * Events of `sent` (a run's whole log, in order) that a browser never got. A reader joining a
 * live run gets each run of deltas of one kind so far as one frame, with the last one's id
 * (lib/runs/engine/sse-frames.ts); an EventSource drops the comment saying so, so a delta
 * counts as received when a later delta of its run, the same kind with nothing between, was.
 */
export function lostEvents(sent: readonly RunEventFrame[], received: ReadonlySet<number>): number {
  let lost = 0;
  /** The kind of the received delta that the events walked back over would be joined into. */
  let joinedInto: string | null = null;
  for (let i = sent.length - 1; i >= 0; i--) {
    const { seq, data } = sent[i];
    const delta = isDelta(data.type);
    if (received.has(seq)) joinedInto = delta ? data.type : null;
    else if (delta && joinedInto === data.type) continue;
    else {
      lost++;
      joinedInto = null;
    }
  }
  return lost;
}
