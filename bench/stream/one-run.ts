import os from 'node:os';
import type { Browser } from '@playwright/test';
import { buildLongAnswer } from '../../scripts/mock-model/long-proof';
import { type BrowserResult, runInBrowser } from '../support/browser-path';
import type { ChatStreamRead } from '../support/chat-stream-parse';
import { problemFor } from '../support/load-streams';
import { type LoadOutcome, startBackgroundLoad } from './background-load';
import type { TapClient } from './tap-reader';

export type Env = {
  mockUrl: string;
  appUrl: string;
  appPid: number;
  browser: Browser;
  /** Reader (a), in its own process. */
  taps: TapClient;
};

export type LoadPlan = { sessions: number; tps: number };

/** One measured stream: what each reader saw, and the figures derived from them. */
export type RunFigures = {
  /** Both from the click, ms: the raw reader's first and last token (a), the editor's (b). */
  a: { firstMs: number; lastMs: number; modelAnsweredMs: number };
  b: BrowserResult;
  /** b's first visible token − a's first token, ms. */
  overheadMs: number;
  /** (b's last visible token − click) ÷ (a's last token − click). */
  ratio: number;
  /** Tap, browser and stored text all equal the proof the model server sent. */
  intact: boolean;
  load: LoadOutcome;
  /** App CPU over the measured window per 1,000 tokens that streamed through it (all sessions). */
  cpuPerKTokens: number;
  /** Tokens (measured + load) in that window. */
  tokens: number;
  loadAverage: number;
};

/** Extra time the load streams are scripted to run beyond the measured stream's own length. */
const LOAD_MARGIN_S = 60;

/** The proof a tagged session gets, and the end of its solution (where "last token" is taken). */
export function proofOf(words: number, tag?: string) {
  const text = buildLongAnswer(words, tag);
  // The last token is the proof's: when a draft finishes, the editor swaps the stream for the
  // stored proof, which is the solution without the self-evaluation (that has its own tab).
  // Both readers are timed to that same token.
  const end = text.slice(0, text.indexOf('## Self Evaluation')).trimEnd().length;
  // Likewise the first token is the proof's: the editor never shows the heading before it.
  const heading = '## Solution\n\n';
  const start = text.indexOf(heading) + heading.length;
  return { text, start, end, needle: text.slice(end - 40, end) };
}

/**
 * One run: start the background load, subscribe the tap to this run's upstream request, click
 * Generate in Chromium, then stop the load. Reader (a) reads the very bytes the app reads, at
 * the moment they are written; (b) is the whole app path (engine → SQLite → SSE → Monaco).
 *
 * One clock: the page stamps with `performance.timeOrigin + performance.now()` and so do the
 * tap reader's process and this one (load followers, CPU window). Both are epoch ms from the same
 * system clock of this one machine, with sub-ms resolution, so b − a is meaningful; the page's
 * origin is fresh each run and the two monotonic clocks cannot drift apart in a 20 s run by
 * more than the kernel's slew limit allows (0.5 ms/s, in practice ~0).
 */
export async function runOnce(
  env: Env,
  opts: { tps: number; words: number; tag: string; load: LoadPlan; warmup?: boolean },
): Promise<RunFigures | null> {
  const proof = proofOf(opts.words, opts.tag);
  const streamSeconds = opts.words / opts.tps;
  const load = await startBackgroundLoad({
    appUrl: env.appUrl,
    mockUrl: env.mockUrl,
    sessions: opts.load.sessions,
    tps: opts.load.tps,
    words: Math.ceil(opts.load.tps * (streamSeconds + LOAD_MARGIN_S)),
    tagPrefix: opts.tag,
  });
  let b: BrowserResult;
  let read: ChatStreamRead;
  let loadOutcome: LoadOutcome;
  const tap = await env.taps.open(env.mockUrl, `[[tag:${opts.tag}]]`, {
    fromChar: proof.start,
    untilChar: proof.end,
  });
  try {
    await fetch(`${env.mockUrl}/__control`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'long', tps: opts.tps, words: opts.words }),
    });
    b = await runInBrowser({
      browser: env.browser,
      appUrl: env.appUrl,
      appPid: env.appPid,
      tailNeedle: proof.needle,
      problem: problemFor(opts.tag),
      timeoutMs: (streamSeconds * 3_000 + 60_000) | 0,
      warmup: opts.warmup,
    });
    read = await tap.result;
  } finally {
    tap.close();
    loadOutcome = await load.stop();
  }
  if (opts.warmup) return null;

  const click = b.clickedAt;
  const tokens = read.chunks + load.tokensBetween(b.cpuWindow.from, b.cpuWindow.to);
  return {
    a: {
      firstMs: read.firstTokenAt - click,
      lastMs: read.reachedAt - click,
      modelAnsweredMs: read.firstByteAt - click,
    },
    b,
    overheadMs: b.firstTokenMs - (read.firstTokenAt - click),
    ratio: b.totalMs / (read.reachedAt - click),
    intact: read.text === proof.text && b.text === proof.text && b.storedText === proof.text,
    load: loadOutcome,
    cpuPerKTokens: (b.appCpuMs / tokens) * 1000,
    tokens,
    loadAverage: os.loadavg()[0],
  };
}
