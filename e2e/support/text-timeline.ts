import type { Page } from '@playwright/test';

/** One text an element showed, and when (the page's own clock, in ms). */
export type ShownText = { at: number; text: string };

type Recorder = { __shownTexts?: Record<string, ShownText[]> };

/**
 * Records, inside the page, every text the element with `testId` shows, as the page renders
 * it. Playwright's own reads reach the page over the browser's debugging channel, which a
 * large upload can hold up for seconds (a 16 MB request body passes through it): a state
 * the page shows for a second can come and go before the test's first read. The page's own
 * record cannot miss it. Call before the page loads.
 */
export async function recordShownTexts(page: Page, testId: string): Promise<void> {
  await page.addInitScript((id: string) => {
    const w = window as Recorder;
    const log: ShownText[] = [];
    w.__shownTexts = { ...w.__shownTexts, [id]: log };
    const look = () => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      if (text && log.at(-1)?.text !== text) log.push({ at: performance.now(), text });
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, testId);
}

/** The texts the element has shown so far, in order, each once per change. */
export function shownTexts(page: Page, testId: string): Promise<ShownText[]> {
  return page.evaluate((id) => (window as Recorder).__shownTexts?.[id] ?? [], testId);
}
