/** Where to watch markers: one surface of the page (the preview, or the editor's lines). */
export type MarkerSurface = {
  /** The surface's root, or null while it is not in the page (it may appear late). */
  root: () => Element | null;
  /** The scroll box that clips the surface: the IntersectionObserver's root. */
  box: (root: Element) => Element;
  /** The elements markers are watched by: each marker's own `code` element in the preview, the line holding it in the editor. */
  unit: string;
  /** Called once per marker, with the time of the frame in which it was first in view. */
  onShown: (marker: number, time: number) => void;
};

/**
 * Runs in the page (serialised into an init script, so self-contained): reports when each
 * marker (`qzNNNNN`, see markers.ts) is first drawn where the reader can see it.
 *
 * - Where markers are: a MutationObserver looks only at what was added or changed, for the
 *   surface's units (elements) whose text holds markers, so the cost follows what the page
 *   renders, not the document's length.
 * - When one is seen: an IntersectionObserver rooted at the surface's scroll box reports the
 *   unit's visibility as the browser computes it while drawing a frame — the probe reads no
 *   layout, so it makes the page do no extra work — and `entry.time` is that frame's time. A
 *   marker counts as shown once at least half its unit's height is inside the box (a line of
 *   text half in view can be read; thresholds every 10% make the observer report that moment
 *   even for a unit wider than the box). A unit is watched anew whenever it gains a marker (an
 *   editor line that grows), since an observer reports a newly watched element at once, and
 *   forgotten once reported.
 */
export function watchMarkers(surface: MarkerSurface): () => void {
  const PATTERN = /qz(\d{5})/g;
  const markersOf = new Map<Element, number[]>();
  const reported = new Set<number>();
  let observed: Element | null = null;
  let io: IntersectionObserver | null = null;

  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const e of entries) {
      const height = e.boundingClientRect.height;
      if (!e.isIntersecting || !height || e.intersectionRect.height < height / 2) continue;
      for (const m of markersOf.get(e.target) ?? []) {
        if (reported.has(m)) continue;
        reported.add(m);
        surface.onShown(m, e.time);
      }
      io?.unobserve(e.target);
      markersOf.delete(e.target);
    }
  };
  const scanUnit = (unit: Element) => {
    const found = [...(unit.textContent ?? '').matchAll(PATTERN)]
      .map((m) => Number(m[1]))
      .filter((m) => !reported.has(m));
    const before = markersOf.get(unit) ?? [];
    if (!found.length || found.join() === before.join()) return;
    markersOf.set(unit, found);
    io?.unobserve(unit);
    io?.observe(unit);
  };
  const scan = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    const unit = el?.closest(surface.unit);
    if (unit) scanUnit(unit);
    if (node instanceof Element) for (const u of node.querySelectorAll(surface.unit)) scanUnit(u);
  };
  const forget = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const u of [node, ...node.querySelectorAll(surface.unit)]) {
      if (!markersOf.delete(u)) continue;
      io?.unobserve(u);
    }
  };
  const mutations = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') scan(r.target);
      for (const n of r.removedNodes) forget(n);
      for (const n of r.addedNodes) scan(n);
    }
  });

  /** Attaches to the surface once it is in the page (called every frame: cheap when attached). */
  return () => {
    if (observed?.isConnected) return;
    const r = surface.root();
    if (!r) return;
    mutations.disconnect();
    io?.disconnect();
    markersOf.clear();
    observed = r;
    io = new IntersectionObserver(onIntersect, {
      root: surface.box(r),
      threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    });
    mutations.observe(r, { childList: true, subtree: true, characterData: true });
    scan(r);
  };
}
