import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/**
 * Takes a screen's snapshot the same way every time: fonts loaded, animations stopped, the
 * text caret and Monaco's blinking cursor hidden, and whatever shows a time masked.
 */
export async function expectScreen(page: Page, name: string, mask: Locator[] = []) {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    fullPage: false,
    mask: [
      page.getByTestId('session-when'),
      page.getByTestId('usage-table'),
      page.getByTestId('run-progress'),
      ...mask,
    ],
    stylePath: path.join(__dirname, 'visual.css'),
    // Anti-aliasing differs by a few pixels between runs; a layout change moves thousands.
    maxDiffPixelRatio: 0.002,
  });
}
