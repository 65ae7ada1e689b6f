import { chunkText } from '../../scripts/mock-model/chunking';
import { api } from '../support/app';
import { gapsAndRepeats, startDraft } from '../support/load-streams';
import { readRunEvents, seqsOf } from '../support/sse';

/** What the background sessions did while one measured stream ran. */
export type LoadOutcome = {
  sessions: number;
  /** Every load stream was still streaming when it was stopped (so it covered the measured one). */
  coveredWholeRun: boolean;
  lost: number;
  duplicated: number;
  /** Streams whose text is not a prefix of their own proof, or whose stored text differs. */
  corrupt: number;
};

export type BackgroundLoad = {
  /** Content tokens the load streams' followers received between two epoch-ms times. */
  tokensBetween(from: number, to: number): number;
  /** Stops every load run (the app's Stop), waits for their streams to end, checks them. */
  stop(): Promise<LoadOutcome>;
};

type Follower = {
  runId: string;
  expected: string;
  /** Content chunk ends of the expected text, to turn a length into a token count. */
  ends: number[];
  seqs: number[];
  text: string;
  arrivals: { at: number; length: number }[];
  status: string | null;
  done: Promise<unknown>;
};

const HANG_MS = 60_000;

function tokensAt(f: Follower, time: number): number {
  let length = 0;
  for (const a of f.arrivals) {
    if (a.at > time) break;
    length = a.length;
  }
  let lo = 0;
  while (lo < f.ends.length && f.ends[lo] <= length) lo++;
  return lo;
}

async function within<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no progress in ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([p, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `sessions` other sessions drafting through the same app while a measured stream runs, each
 * followed over its own SSE connection like a workbench would (bench/load.ts drives them the
 * same way). The scripted server streams each a `words`-token proof at `tps` (set here through
 * POST /__control; each request resolves its scenario on arrival, so the caller may then set
 * the measured stream's). Resolves once every load stream delivers proof text, i.e. is in its
 * steady state; `words` must be long enough to outlast the measured stream: `stop()` ends them.
 */
export async function startBackgroundLoad(opts: {
  appUrl: string;
  mockUrl: string;
  sessions: number;
  tps: number;
  words: number;
  tagPrefix: string;
}): Promise<BackgroundLoad> {
  const { appUrl, sessions } = opts;
  if (sessions === 0) {
    const none = { sessions: 0, coveredWholeRun: true, lost: 0, duplicated: 0, corrupt: 0 };
    return { tokensBetween: () => 0, stop: async () => none };
  }
  await fetch(`${opts.mockUrl}/__control`, {
    method: 'POST',
    body: JSON.stringify({ scenario: 'long', tps: opts.tps, words: opts.words }),
  });
  const tags = Array.from({ length: sessions }, (_, i) => `${opts.tagPrefix}-load${i + 1}`);
  const drafts = await Promise.all(tags.map((t) => startDraft(appUrl, t, opts.words)));
  const firstText: Promise<void>[] = [];
  const followers = drafts.map((d): Follower => {
    let ends = 0;
    const f: Follower = {
      runId: d.runId,
      expected: d.expected,
      ends: chunkText(d.expected).map((c) => {
        ends += c.length;
        return ends;
      }),
      seqs: [],
      text: '',
      arrivals: [],
      status: null,
      done: Promise.resolve(),
    };
    let flowing: () => void = () => {};
    firstText.push(new Promise<void>((resolve) => (flowing = resolve)));
    f.done = readRunEvents(`${appUrl}/api/runs/${d.runId}/events`, (e, at) => {
      f.seqs.push(...seqsOf(e));
      if (e.data.type === 'text') {
        f.text += e.data.delta as string;
        f.arrivals.push({ at, length: f.text.length });
        flowing();
      } else if (e.data.type === 'status') f.status = e.data.status as string;
    }).finally(() => flowing());
    return f;
  });
  await within('load streams starting', Promise.all(firstText));

  return {
    tokensBetween: (from, to) =>
      followers.reduce((n, f) => n + tokensAt(f, to) - tokensAt(f, from), 0),
    async stop() {
      const stillStreaming = followers.every((f) => f.status === null || f.status === 'running');
      await Promise.all(followers.map((f) => api(appUrl, 'POST', `/api/runs/${f.runId}/stop`)));
      await within('load streams stopping', Promise.all(followers.map((f) => f.done)));
      const outcome: LoadOutcome = {
        sessions,
        coveredWholeRun: stillStreaming && followers.every((f) => f.status === 'stopped'),
        lost: 0,
        duplicated: 0,
        corrupt: 0,
      };
      for (const f of followers) {
        const { lost, repeated } = gapsAndRepeats(f.seqs);
        outcome.lost += lost;
        outcome.duplicated += repeated;
        const stored = (await api<{ text: string }>(appUrl, 'GET', `/api/runs/${f.runId}`)).text;
        if (!f.expected.startsWith(f.text) || stored !== f.text) outcome.corrupt++;
      }
      return outcome;
    },
  };
}
