import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

export type PageFigures = { usableMs: number; domNodes: number };

/**
 * Time from navigation start until the page's first list row is visible (what a person
 * can act on), and the number of elements in the page once it has settled. Median of `runs`
 * cold loads.
 */
export async function timeToUsable(
  url: string,
  readySelector: string,
  runs = 3,
): Promise<PageFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: PageFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(readySelector, { state: 'visible', timeout: 120_000 });
      const usableMs = await page.evaluate(() => performance.now());
      // The DOM once the page has settled (the review item's proof arrives after its row).
      await page.waitForTimeout(1500);
      const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
      results.push({ usableMs, domNodes });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  results.sort((a, b) => a.usableMs - b.usableMs);
  return results[Math.floor(results.length / 2)];
}
