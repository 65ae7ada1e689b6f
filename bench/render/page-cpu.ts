import type { Page } from '@playwright/test';

/** CPU time of the page's main thread over a stretch (ms): all of it, and its main parts. */
export type PageCpu = { threadMs: number; scriptMs: number; layoutMs: number; styleMs: number };

const METRICS = {
  threadMs: 'ThreadTime',
  scriptMs: 'ScriptDuration',
  layoutMs: 'LayoutDuration',
  styleMs: 'RecalcStyleDuration',
} as const;

/**
 * Starts counting the page's main-thread CPU time (Chromium's Performance domain, in thread
 * time: what the page itself cost, whatever else the machine runs). The returned function
 * stops and gives the totals since the start.
 */
export async function countPageCpu(page: Page): Promise<() => Promise<PageCpu>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return Object.fromEntries(
      Object.entries(METRICS).map(([key, name]) => [key, value(name) * 1000]),
    ) as PageCpu;
  };
  const start = await read();
  return async () => {
    const end = await read();
    await cdp.detach();
    return {
      threadMs: end.threadMs - start.threadMs,
      scriptMs: end.scriptMs - start.scriptMs,
      layoutMs: end.layoutMs - start.layoutMs,
      styleMs: end.styleMs - start.styleMs,
    };
  };
}
