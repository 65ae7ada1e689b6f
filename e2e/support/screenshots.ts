import type { Locator, Page } from '@playwright/test';

/**
 * Throwaway screenshots for a person to look at (`SCREENSHOT_DIR=/tmp/x`), at 1440×900 and
 * 1280×720, with `focus` scrolled into view. Does nothing without the variable, and puts the
 * viewport back as it was.
 */
export async function shotsAt(page: Page, name: string, focus?: Locator) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const before = page.viewportSize();
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/${name}-${width}x${height}.png` });
  }
  if (before) await page.setViewportSize(before);
}
