/** The nearest ancestor that scrolls vertically (the side panel's body), or null. */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const { overflowY } = getComputedStyle(a);
    if (overflowY === 'auto' || overflowY === 'scroll') return a;
  }
  return null;
}

/**
 * Scrolls the preview's own container so `el` shows near its top, and only when it is out of
 * view. Unlike `scrollIntoView`, it never scrolls the page or any other ancestor (which
 * shifted the whole workbench sideways), and does nothing (reads two boxes) when `el` is
 * already visible — cheap enough to run on every streamed frame.
 */
export function revealInPreview(el: HTMLElement): void {
  const box = scroller(el);
  if (!box) return;
  const outer = box.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  if (inner.bottom > outer.top && inner.top < outer.bottom) return;
  box.scrollTop += inner.top - outer.top - 8;
}
