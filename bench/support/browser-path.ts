import type { Browser } from '@playwright/test';
import { api } from './app';
import { installProbe, type ProbeState } from './browser-probe';
import { lostEvents } from './joined-deltas';
import { cpuTimeMs } from './proc';
import { readRunEvents } from './sse';

export type BrowserResult = {
  /** When Generate was clicked (wall clock, ms). */
  clickedAt: number;
  firstTokenMs: number;
  totalMs: number;
  /** What the page's EventSource assembled from text events. */
  text: string;
  /** What the server stored as the run's text. */
  storedText: string;
  eventsSent: number;
  eventsReceived: number;
  lost: number;
  duplicated: number;
  connections: number;
  appCpuMs: number;
  /** When the CPU measure began (just before the click) and ended (run seen ended): epoch ms. */
  cpuWindow: { from: number; to: number };
  /** Where the first token's time goes: click → SSE open, → first text event, → drawn. */
  breakdown: {
    postedMs: number;
    streamCreatedMs: number;
    /** The SSE response's headers reached the browser's network stack. */
    streamHeadersMs: number;
    streamOpenMs: number;
    firstEventMs: number;
    drawnAfterEventMs: number;
    /** The proof's last characters: their text event in the page, and drawn after it. */
    tailEventMs: number;
    tailDrawnAfterEventMs: number;
    /** Main-thread time in long tasks between the click and the first token drawn. */
    longTasksBeforeFirstMs: number;
  };
};

const TERMINAL = ['succeeded', 'failed', 'stopped', 'interrupted'];
const now = () => performance.timeOrigin + performance.now();

/** Total length of the parts of `spans` inside [from, to]. */
function overlap(spans: [number, number][], from: number, to: number): number {
  return spans.reduce((ms, [a, b]) => ms + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
}

/**
 * Path (b): a person clicks Generate on the workbench; the run engine streams from the model
 * server, the page follows the run's SSE stream and Monaco draws it. Times are taken in the
 * page, from the click to the first and to the last token drawn in the editor.
 */
export async function runInBrowser(opts: {
  browser: Browser;
  appUrl: string;
  appPid: number;
  tailNeedle: string;
  timeoutMs: number;
  /** The session's problem (bench:stream tags it, so the model server's tap can find the run). */
  problem?: string;
  /** A warm-up run: only the run's outcome matters, not what the editor drew. */
  warmup?: boolean;
}): Promise<BrowserResult> {
  const { appUrl } = opts;
  const { id } = await api<{ id: string }>(appUrl, 'POST', '/api/sessions', {
    problem:
      opts.problem ?? 'Let $a_0 = 1$ and $a_n = 2a_{n-1} - n + 2$. Prove that $a_n \\le 2^n + n$.',
  });
  const page = await opts.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    // tsx (esbuild keepNames) may wrap functions in `__name(…)`: define it for the page.
    const source = `var __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(opts.tailNeedle)});`;
    await page.addInitScript({ content: source });
    await page.goto(`${appUrl}/sessions/${id}`);
    await page.locator('[data-testid="proof-editor"][data-ready="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    const cpuFrom = now();
    const cpuBefore = cpuTimeMs(opts.appPid);
    await page.getByTestId('generate-button').click();
    await page.waitForFunction(
      (terminal) => {
        const p = (window as unknown as { __bench: ProbeState }).__bench;
        return !!p.status && terminal.includes(p.status);
      },
      TERMINAL,
      { timeout: opts.timeoutMs, polling: 500 },
    );
    const appCpuMs = cpuTimeMs(opts.appPid) - cpuBefore;
    const cpuTo = now();
    if (pageErrors.length) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
    const probe = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    if (probe.status !== 'succeeded') throw new Error(`run ended ${probe.status}`);
    if (opts.warmup) return {} as BrowserResult;
    if (!probe.clickedAt || !probe.firstVisibleAt || !probe.lastVisibleAt) {
      const { text: _t, seqs: _s, longTasks: _l, ...times } = probe;
      throw new Error(`the editor never showed the proof's end: ${JSON.stringify(times)}`);
    }
    const session = await api<{ runs: { id: string }[] }>(appUrl, 'GET', `/api/sessions/${id}`);
    const runId = session.runs[0].id;
    const stored = await api<{ text: string }>(appUrl, 'GET', `/api/runs/${runId}`);
    const sent = await readRunEvents(`${appUrl}/api/runs/${runId}/events`);
    const received = new Set(probe.seqs);
    // The network's view of the SSE request (Resource Timing, recorded once it closed): when
    // its response headers arrived, as opposed to when the page got to its 'open' event.
    const sseHeadersAt = await page.evaluate((path) => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.includes(path)) as
        | PerformanceResourceTiming
        | undefined;
      return e ? performance.timeOrigin + e.responseStart : null;
    }, `/api/runs/${runId}/events`);
    return {
      clickedAt: probe.clickedAt,
      firstTokenMs: probe.firstVisibleAt - probe.clickedAt,
      totalMs: probe.lastVisibleAt - probe.clickedAt,
      text: probe.text,
      storedText: stored.text,
      eventsSent: sent.length,
      eventsReceived: probe.seqs.length,
      lost: lostEvents(sent, received),
      duplicated: probe.seqs.length - received.size,
      connections: probe.connections,
      appCpuMs,
      cpuWindow: { from: cpuFrom, to: cpuTo },
      breakdown: {
        postedMs: (probe.runPostedAt ?? Number.NaN) - probe.clickedAt,
        streamCreatedMs: (probe.streamCreatedAt ?? Number.NaN) - probe.clickedAt,
        streamHeadersMs: (sseHeadersAt ?? Number.NaN) - probe.clickedAt,
        streamOpenMs: (probe.streamOpenAt ?? Number.NaN) - probe.clickedAt,
        firstEventMs: (probe.firstTextAt ?? Number.NaN) - probe.clickedAt,
        drawnAfterEventMs: probe.firstVisibleAt - (probe.firstTextAt ?? Number.NaN),
        tailEventMs: (probe.tailTextAt ?? Number.NaN) - probe.clickedAt,
        tailDrawnAfterEventMs: probe.lastVisibleAt - (probe.tailTextAt ?? Number.NaN),
        longTasksBeforeFirstMs: overlap(probe.longTasks, probe.clickedAt, probe.firstVisibleAt),
      },
    };
  } finally {
    await page.close();
  }
}
