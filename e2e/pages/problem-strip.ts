import { expect, type Locator, type Page } from '@playwright/test';

/** The problem folded to one line above the proof, as a person sees it. */
export class ProblemStrip {
  readonly pane: Locator;
  readonly strip: Locator;

  constructor(page: Page) {
    this.pane = page.getByTestId('problem-pane');
    this.strip = this.pane.getByTestId('problem-rendered');
  }

  async expectFolded() {
    await expect(this.pane).toHaveAttribute('data-collapsed', 'true');
    await expect(this.strip).toBeInViewport();
  }

  /**
   * Nothing of the line is cut at the top or bottom: every word's text box and every formula
   * that starts inside the strip lies within the height the strip and its pane show.
   */
  async expectWholeHeight() {
    const cut = await this.strip.evaluate((el) => {
      const strip = el.getBoundingClientRect();
      const pane = (el.closest('section') as HTMLElement).getBoundingClientRect();
      const [top, bottom] = [Math.max(strip.top, pane.top), Math.min(strip.bottom, pane.bottom)];
      const outside = (r: DOMRect) =>
        r.left < strip.right && r.width > 0 && (r.top < top - 1 || r.bottom > bottom + 1);
      const words: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.katex') || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some(outside)) words.push(node.textContent.trim());
      }
      const formulas = [...el.querySelectorAll('.katex')]
        .filter((k) => outside(k.getBoundingClientRect()))
        .map((k) => k.closest('[aria-label]')?.getAttribute('aria-label'));
      return { words, formulas };
    });
    expect(cut).toEqual({ words: [], formulas: [] });
  }
}
