import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { median } from '../support/format';

export type PageFigures = { usableMs: number; interactiveMs: number; domNodes: number };

/**
 * Stamps, in the page and on its own clock, the first animation frame in which `ready` matches
 * an element with a size (the frame that paints it), and the first in which `live` matches.
 * Taken in the page because a check from outside waits for the main thread: while the page's
 * scripts run, a row painted from the HTML would be seen late. A string, not a function:
 * tsx's compiled functions call helpers the page does not have.
 */
function stampWhenShown(sel: { ready: string; live: string }): string {
  return `(() => {
    const sel = ${JSON.stringify([
      ['__usableAt', sel.ready],
      ['__interactiveAt', sel.live],
    ])};
    const look = () => {
      for (const [key, css] of sel) {
        if (window[key]) continue;
        const el = document.querySelector(css);
        if (el && el.getBoundingClientRect().height > 0) window[key] = performance.now();
      }
      if (!window.__usableAt || !window.__interactiveAt) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();`;
}

/**
 * Time from navigation start until the page's first list row is painted (what a person can
 * read and click: a row is a link, and the server sends the first rows in the HTML), until
 * the list runs in the browser (`live`: searching, keys, paging), and the number of
 * elements once the page has settled. Median of `runs` cold loads.
 */
export async function timeToUsable(
  url: string,
  ready: string,
  live: string,
  runs = 3,
): Promise<PageFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: PageFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: stampWhenShown({ ready, live }) });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(live, { state: 'attached', timeout: 120_000 });
      await page.waitForFunction('window.__usableAt > 0 && window.__interactiveAt > 0');
      const stamps = (await page.evaluate(
        '({ usableMs: window.__usableAt, interactiveMs: window.__interactiveAt })',
      )) as { usableMs: number; interactiveMs: number };
      // The DOM once the page has settled (the review item's proof arrives after its row).
      await page.waitForTimeout(1500);
      const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
      results.push({ ...stamps, domNodes });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const middle = (key: keyof PageFigures) => median(results.map((r) => r[key]));
  return {
    usableMs: middle('usableMs'),
    interactiveMs: middle('interactiveMs'),
    domNodes: middle('domNodes'),
  };
}
