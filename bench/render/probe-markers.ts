/** What a marker tracker answers once per frame, once it is laid out. */
export type MarkerTracker = {
  /** Index of the furthest marker drawn inside the surface's visible box, or -1. */
  furthestShown(): number;
};

/**
 * Runs in the page (serialised into an init script, so self-contained): follows the marker
 * words (`qzNNNNN`, see markers.ts) inside one surface — the preview or the editor's rendered
 * lines — and says which is the furthest on screen.
 *
 * - Where each marker is: a MutationObserver scans only the text that was added or changed,
 *   so the cost follows what the page renders, not the document's length.
 * - Whether it is on screen: the middle of the marker's own box (a Range over its seven
 *   characters) lies inside the surface's scroll box and the window. Boxes are read once the
 *   frame is laid out (see probe.ts), so reading them adds no layout work. Markers
 *   follow document order, which on a single column is top-to-bottom order, so a galloping
 *   search from last frame's answer reads a handful of boxes per frame.
 * - `root()` finds the surface (it may appear late, or be replaced); `box(root)` is the
 *   element whose box clips it (a scroll container).
 * Only text (and `.katex-html`) counts: MathML and KaTeX's TeX annotation are invisible copies.
 */
export function createMarkerTracker(
  root: () => Element | null,
  box: (root: Element) => Element,
): MarkerTracker {
  const PATTERN = /qz(\d{5})/g;
  const nodes = new Map<number, Text>();
  let observed: Element | null = null;
  let clip: Element | null = null;
  let last = -1;

  const invisibleCopy = (t: Node) => !!t.parentElement?.closest('.katex-mathml');
  const scanText = (t: Text) => {
    if (invisibleCopy(t)) return;
    for (const m of t.data.matchAll(PATTERN)) nodes.set(Number(m[1]), t);
  };
  const scan = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return scanText(n as Text);
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const walk = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) scanText(t as Text);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') scan(r.target);
      for (const n of r.addedNodes) scan(n);
    }
  });
  const attach = () => {
    const r = root();
    if (!r || r === observed) return;
    observer.disconnect();
    nodes.clear();
    observed = r;
    clip = box(r);
    last = -1;
    observer.observe(r, { childList: true, subtree: true, characterData: true });
    scan(r);
  };

  const range = document.createRange();
  /** The marker's box, or null when its text node no longer holds it. */
  const rectOf = (index: number): DOMRect | null => {
    const t = nodes.get(index);
    const text = `qz${String(index).padStart(5, '0')}`;
    const at = t ? t.data.indexOf(text) : -1;
    if (at === -1) nodes.delete(index);
    if (!t || at === -1) return null;
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return range.getBoundingClientRect();
  };
  /** Markers still in the surface, in document order (others are forgotten). */
  const present = (): number[] => {
    for (const [index, t] of nodes) if (!t.isConnected) nodes.delete(index);
    return [...nodes.keys()].sort((a, b) => a - b);
  };

  return {
    furthestShown() {
      attach();
      if (!observed || !clip) return -1;
      const c = clip.getBoundingClientRect();
      const top = Math.max(c.top, 0);
      const bottom = Math.min(c.bottom, window.innerHeight);
      const left = Math.max(c.left, 0);
      const right = Math.min(c.right, window.innerWidth);
      const order = present();
      if (!order.length) return -1;
      const rects = new Map<number, DOMRect | null>();
      const rect = (i: number) => {
        if (!rects.has(i)) rects.set(i, rectOf(order[i]));
        return rects.get(i) ?? null;
      };
      /** Whether marker i's middle is above the box's bottom (an unreadable one counts as above). */
      const above = (i: number) => {
        const r = rect(i);
        return !r || (r.top + r.bottom) / 2 < bottom;
      };
      // Gallop from last frame's answer to bracket the last marker above the bottom, then bisect.
      const from = Math.max(0, order.indexOf(last));
      let lo = -1;
      let hi = order.length;
      if (above(from)) {
        lo = from;
        for (let step = 1; from + step < order.length; step *= 2) {
          if (!above(from + step)) {
            hi = from + step;
            break;
          }
          lo = from + step;
        }
      } else {
        hi = from;
        for (let step = 1; from - step >= 0; step *= 2) {
          if (above(from - step)) {
            lo = from - step;
            break;
          }
          hi = from - step;
        }
      }
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (above(mid)) lo = mid;
        else hi = mid;
      }
      while (lo >= 0 && !rect(lo)) lo--;
      if (lo < 0) return -1;
      const r = rect(lo);
      if (!r || (!r.width && !r.height)) return -1; // the surface is hidden (another tab)
      const y = (r.top + r.bottom) / 2;
      const x = (r.left + r.right) / 2;
      const shown = y > top && y < bottom && x > left && x < right;
      if (shown) last = order[lo];
      return shown ? order[lo] : -1;
    },
  };
}
