import { expect, type Locator, type Page } from '@playwright/test';

export const LAYOUT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

type Rect = { left: number; top: number; right: number; bottom: number };
type Box = Rect & { name: string; clipped: boolean };

/** What a person sees of a bar: its controls' boxes, and whether the bar overflows itself. */
function measure(el: Element) {
  const pick = (r: DOMRect): Rect => ({
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
  });
  const controls = el.querySelectorAll<HTMLElement>(
    'button, a[href], input, select, [role="tab"], [role="button"]',
  );
  const boxes: Box[] = [];
  for (const c of controls) {
    const r = c.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(c).visibility === 'hidden') continue;
    const name = (c.getAttribute('data-testid') ?? c.getAttribute('aria-label') ?? c.textContent)
      ?.trim()
      .slice(0, 40);
    // A control is cut off when a scrolling or clipping box between it and the bar hides part.
    let clipped = false;
    for (let a = c.parentElement; a && a !== el.parentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = a.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) clipped = true;
      if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) clipped = true;
    }
    boxes.push({ name: name ?? c.tagName, clipped, ...pick(r) });
  }
  return {
    boxes,
    region: pick(el.getBoundingClientRect()),
    overflows: el.scrollWidth > el.clientWidth + 1,
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/**
 * The bar is one row (every control overlaps every other vertically: nothing wrapped below)
 * and every control is wholly inside the bar and the window (nothing cut off or scrolled away).
 */
export async function expectOneRowInView(region: Locator, what: string) {
  const m = await region.evaluate(measure);
  expect(m.boxes.length, `${what}: controls`).toBeGreaterThan(0);
  expect(m.overflows, `${what}: content wider than the bar`).toBe(false);
  const lowestTop = Math.max(...m.boxes.map((b) => b.top));
  const highestBottom = Math.min(...m.boxes.map((b) => b.bottom));
  expect(lowestTop, `${what}: controls on more than one row`).toBeLessThan(highestBottom);
  const out = m.boxes.filter(
    (b) =>
      b.clipped ||
      b.left < Math.max(0, m.region.left) - 0.5 ||
      b.right > Math.min(m.viewport.width, m.region.right) + 0.5 ||
      b.top < Math.max(0, m.region.top) - 0.5 ||
      b.bottom > Math.min(m.viewport.height, m.region.bottom) + 0.5,
  );
  expect(
    out.map((b) => b.name),
    `${what}: controls cut off`,
  ).toEqual([]);
}

/** The workbench's three bars, each one row with every control in view. */
export async function expectBarsInView(page: Page, size: string) {
  await expectOneRowInView(page.getByTestId('wb-header'), `header at ${size}`);
  await expectOneRowInView(page.getByTestId('wb-footer'), `footer at ${size}`);
  await expectOneRowInView(
    page.getByRole('tablist', { name: 'Side panel' }),
    `side tabs at ${size}`,
  );
}
