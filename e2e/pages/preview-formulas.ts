import type { Locator } from '@playwright/test';

/**
 * The formulas of the workbench preview as a reader meets them: only those typeset (KaTeX's
 * `role="img"` box, not an error) and inside the preview's visible scroll area count.
 */
export class PreviewFormulas {
  constructor(private readonly preview: Locator) {}

  /** The scroll box around the preview. */
  private scroller() {
    return this.preview.locator('xpath=ancestor-or-self::*[@data-testid="side-body-preview"]');
  }

  /** Scrolls the preview so that `fraction` (0 = top, 1 = end) of its scroll range is passed. */
  async scrollTo(fraction: number) {
    await this.scroller().evaluate((box, f) => {
      box.scrollTop = f * (box.scrollHeight - box.clientHeight);
    }, fraction);
  }

  /** Scrolls down half a screen; false when the end was already in view. */
  async stepDown(): Promise<boolean> {
    return this.scroller().evaluate((box) => {
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) return false;
      box.scrollTop += box.clientHeight / 2;
      return true;
    });
  }

  /** TeX of every typeset formula now inside the visible part of the preview. */
  async visibleTex(): Promise<string[]> {
    return this.scroller().evaluate((box) => {
      const view = box.getBoundingClientRect();
      return [...box.querySelectorAll<HTMLElement>('[role="img"][aria-label]')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.bottom > view.top && r.top < view.bottom;
        })
        .map((el) => el.getAttribute('aria-label') ?? '');
    });
  }

  /** Visible text of the preview that still shows TeX: a delimiter or a command. */
  async visibleTexLeftovers(): Promise<string[]> {
    return this.preview.evaluate((preview) => {
      const clone = preview.cloneNode(true) as HTMLElement;
      for (const math of clone.querySelectorAll('.katex, .math-error')) math.remove();
      const text = clone.textContent ?? '';
      return text.match(/\\(?:[()[\]]|[a-zA-Z]+)|\$/g) ?? [];
    });
  }
}
