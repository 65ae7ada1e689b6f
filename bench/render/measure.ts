import type { Browser } from '@playwright/test';
import { api } from '../support/app';
import { figures, type RenderFigures } from './figures';
import { countPageCpu } from './page-cpu';
import { installRenderProbe, type RenderProbe } from './probe';
import { watchMarkers } from './probe-markers';

export type Mode = 'workbench' | 'naive';

const PROBLEM =
  'Determine all functions $f:\\mathbb{Z}\\to\\mathbb{Z}$ such that $f(2x)+2f(y)=f(f(x+y))$ for all integers $x, y$.';

export type MeasureOptions = {
  /** Where the served text's markers end (markers.ts). */
  markerEnds: number[];
  timeoutMs: number;
  /** A screenshot this long after the click (mid-stream), and one at rest after the end. */
  screenshot?: { prefix: string; afterMs: number };
  /** Write a Chromium performance trace of the stream to `${trace}-${mode}.json` (slows the page). */
  trace?: string;
};

/** Main-thread events and JS samples, as DevTools' Performance panel records them. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  // Who dirties style and layout (LayoutInvalidationTracking, StyleRecalcInvalidationTracking
  // events, with the node and the reason): only on request, it slows style and layout further.
  ...(process.env.BENCH_TRACE_INVALIDATIONS
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
];

/**
 * One streamed draft, watched in one page at 1440×900: the workbench (editor + live preview,
 * with the Preview tab open) or the naive page (whole document re-rendered per event, scrolled
 * to its end). The run is started by clicking Generate, so it goes through the run engine and
 * the run's SSE exactly as a person's would.
 */
export async function measurePage(
  browser: Browser,
  appUrl: string,
  mode: Mode,
  o: MeasureOptions,
): Promise<RenderFigures & { status: string | null; textChars: number }> {
  const { id } = await api<{ id: string }>(appUrl, 'POST', '/api/sessions', { problem: PROBLEM });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    // tsx (esbuild keepNames) may wrap functions in `__name(…)`: define it for the page.
    await page.addInitScript({
      content: `window.__name = (f) => f; window.__watchMarkers = ${watchMarkers.toString()}; (${installRenderProbe.toString()})();`,
    });
    if (mode === 'workbench') {
      await page.goto(`${appUrl}/sessions/${id}`);
      await page.locator('[data-testid="proof-editor"][data-ready="true"]').waitFor();
      // The preview is a side tab (findings come first): a reader who watches it opens it.
      await page.getByTestId('side-tab-preview').click();
      await page.getByTestId('proof-preview').waitFor({ state: 'attached' });
    } else {
      const res = await page.goto(`${appUrl}/bench/naive?session=${id}`);
      if (res?.status() !== 200) throw new Error(`naive page: HTTP ${res?.status()}`);
    }
    await page.waitForLoadState('networkidle');
    if (o.trace) {
      await browser.startTracing(page, {
        path: `${o.trace}-${mode}.json`,
        categories: TRACE_CATEGORIES,
      });
    }
    const stopCpu = await countPageCpu(page);
    await page.getByTestId('generate-button').click();
    if (o.screenshot) {
      await page.waitForTimeout(o.screenshot.afterMs);
      await page.screenshot({ path: `${o.screenshot.prefix}-${mode}-streaming.png` });
    }
    await page
      .waitForFunction(
        () => {
          const p = (window as unknown as { __render: RenderProbe }).__render;
          return p.terminalAt !== null && performance.now() > p.terminalAt + 1_200;
        },
        undefined,
        { timeout: o.timeoutMs, polling: 250 },
      )
      .catch(() => {}); // reported below as an unfinished stream
    const cpu = await stopCpu();
    if (o.trace) await browser.stopTracing();
    if (o.screenshot) await page.screenshot({ path: `${o.screenshot.prefix}-${mode}-rest.png` });
    const probe = await page.evaluate(
      () => (window as unknown as { __render: RenderProbe }).__render,
    );
    if (errors.length) throw new Error(`the ${mode} page threw: ${errors.join('; ')}`);
    if (probe.terminalAt === null) probe.terminalAt = probe.lastTextAt;
    return {
      ...figures(probe, o.markerEnds, mode === 'workbench', cpu),
      status: probe.status,
      textChars: probe.textChars,
    };
  } finally {
    await page.close();
  }
}
