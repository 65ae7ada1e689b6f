/** Scroller per preview: looked up once, not with getComputedStyle on every streamed frame. */
const scrollers = new WeakMap<Element, HTMLElement | null>();

/** The nearest ancestor of `el` that scrolls its content vertically, or null. */
export function scrollingAncestor(el: Element): HTMLElement | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const { overflowY } = getComputedStyle(a);
    if (overflowY === 'auto' || overflowY === 'scroll') return a;
  }
  return null;
}

/** The nearest ancestor of the preview that scrolls vertically (the side panel's body). */
export function previewScroller(el: HTMLElement): HTMLElement | null {
  const preview = el.closest('[data-testid="proof-preview"]') ?? el;
  if (scrollers.has(preview)) return scrollers.get(preview) ?? null;
  const found = scrollingAncestor(preview);
  scrollers.set(preview, found);
  return found;
}

/**
 * Scrolls the preview's own container so `el` shows near its top, and only when it is out of
 * view. Unlike `scrollIntoView`, it never scrolls the page or any other ancestor (which
 * shifted the whole workbench sideways), and does nothing (reads two boxes) when `el` is
 * already visible — cheap enough to run on every streamed frame.
 */
export function revealInPreview(el: HTMLElement): void {
  const box = previewScroller(el);
  if (!box) return;
  const outer = box.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  if (inner.bottom > outer.top && inner.top < outer.bottom) return;
  box.scrollTop += inner.top - outer.top - 8;
}
