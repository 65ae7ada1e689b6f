import { chunkText } from '../../scripts/mock-model/chunking';
import { buildLongAnswer } from '../../scripts/mock-model/long-proof';
import { api } from './app';
import { readRunEvents, seqsOf } from './sse';

/** One streaming session of the load bench, as its own SSE follower saw it. */
export type StreamResult = Draft & {
  text: string;
  storedText: string;
  seqs: number[];
  /** Arrival (wall clock, ms) of each event, by position in `seqs`. */
  seqTimes: number[];
  /** Arrival (wall clock, ms) and content length after each text event. */
  arrivals: { at: number; length: number }[];
  status: string | null;
};

export const problemFor = (tag: string) =>
  `[[tag:${tag}]] Let $a_0 = 1$ and $a_n = 2a_{n-1} - n + 2$. Prove that $a_n \\le 2^n + n$.`;

export type Draft = { tag: string; sessionId: string; runId: string; expected: string };

/** Creates a session whose problem carries `tag` and starts its draft. */
export async function startDraft(appUrl: string, tag: string, words: number): Promise<Draft> {
  const { id } = await api<{ id: string }>(appUrl, 'POST', '/api/sessions', {
    problem: problemFor(tag),
  });
  const { runId } = await api<{ runId: string }>(appUrl, 'POST', `/api/sessions/${id}/runs`, {
    kind: 'generate',
  });
  return { tag, sessionId: id, runId, expected: buildLongAnswer(words, tag) };
}

/** Follows a draft's event stream from its first event to its end, as a workbench would. */
export async function follow(appUrl: string, draft: Draft): Promise<StreamResult> {
  const result: StreamResult = {
    ...draft,
    text: '',
    storedText: '',
    seqs: [],
    seqTimes: [],
    arrivals: [],
    status: null,
  };
  await readRunEvents(`${appUrl}/api/runs/${draft.runId}/events`, (e, at) => {
    // A replay's joined frame stands for each of the deltas it joins.
    for (const seq of seqsOf(e)) {
      result.seqs.push(seq);
      result.seqTimes.push(at);
    }
    if (e.data.type === 'text') {
      result.text += e.data.delta as string;
      result.arrivals.push({ at, length: result.text.length });
    } else if (e.data.type === 'status') result.status = e.data.status as string;
  });
  result.storedText = (await api<{ text: string }>(appUrl, 'GET', `/api/runs/${draft.runId}`)).text;
  return result;
}

/**
 * For each text event, how many pieces the scripted model had to send for it to be whole:
 * the reasoning's chunks, then the answer's up to the one holding the event's last character.
 */
function piecesFor(r: StreamResult, reasoningChunks: number): number[] {
  const ends: number[] = [];
  let offset = 0;
  for (const c of chunkText(r.expected)) {
    offset += c.length;
    ends.push(offset);
  }
  let i = 0;
  return r.arrivals.map(({ length }) => {
    while (i < ends.length && ends[i] < length) i++;
    return reasoningChunks + i + 1;
  });
}

/**
 * How late each text event reached its follower against the scripted model's schedule: it
 * sends piece n at `start + n / tps`.
 */
export function eventDelays(
  r: StreamResult,
  mockStart: number,
  reasoningChunks: number,
  tps: number,
) {
  const pieces = piecesFor(r, reasoningChunks);
  return r.arrivals.map(({ at }, k) => at - (mockStart + (pieces[k] * 1000) / tps));
}

/**
 * How late each text event reached its follower after the scripted model server actually
 * wrote the piece that completed it (its send timeline, GET /__sends): the app's delay alone.
 * It differs from `eventDelays` when the model server, sharing the machine's cores, falls
 * behind its own schedule — lateness a real model server on its own hardware would not add.
 */
export function sentDelays(
  r: StreamResult,
  sends: [number, number][],
  reasoningChunks: number,
): number[] {
  const pieces = piecesFor(r, reasoningChunks);
  const delays: number[] = [];
  let s = 0;
  for (const [k, { at }] of r.arrivals.entries()) {
    while (s < sends.length && sends[s][0] < pieces[k]) s++;
    if (s < sends.length) delays.push(at - sends[s][1]);
  }
  return delays;
}

/** Seq numbers must run 1, 2, 3… with nothing missing or repeated. */
export function gapsAndRepeats(seqs: number[]) {
  let lost = 0;
  let repeated = 0;
  for (let i = 1; i < seqs.length; i++) {
    if (seqs[i] <= seqs[i - 1]) repeated++;
    else lost += seqs[i] - seqs[i - 1] - 1;
  }
  return { lost: lost + (seqs[0] === 1 ? 0 : 1), repeated };
}

/**
 * How much later each event reached a follower on another instance (`remote`) than one on
 * the instance executing the run (`local`, served from memory at the tick): the
 * cross-instance path alone (stored, NOTIFYed, read), without the model server's own lag.
 */
export function crossInstanceDelays(local: StreamResult, remote: StreamResult): number[] {
  const at = new Map(local.seqs.map((seq, k) => [seq, local.seqTimes[k]]));
  return remote.seqs.flatMap((seq, k) => {
    const first = at.get(seq);
    return first === undefined ? [] : [remote.seqTimes[k] - first];
  });
}
