/** What the in-page probe records; times are `performance.now()` of the page. */
export type RenderProbe = {
  clickedAt: number | null;
  firstTextAt: number | null;
  lastTextAt: number | null;
  terminalAt: number | null;
  status: string | null;
  textChars: number;
  /** Every long task (> 50 ms) the page reported: [start, duration]. */
  longTasks: [number, number][];
  /** Timestamp of every animation frame. */
  frames: number[];
  /** Frames in which the preview or the editor showed changed text. */
  updates: number[];
};

/**
 * Runs in the page before its own scripts (addInitScript), so it is self-contained. Records
 * long tasks, every animation frame, and which frames changed visible text in the proof
 * preview or the editor: text mutations there are collected as they happen, and each frame
 * checks whether one of them lies inside what the reader can see (the viewport clipped by
 * scrolling containers). Wraps EventSource to time the run's first text and its end.
 */
export function installRenderProbe(): void {
  const probe: RenderProbe = {
    clickedAt: null,
    firstTextAt: null,
    lastTextAt: null,
    terminalAt: null,
    status: null,
    textChars: 0,
    longTasks: [],
    frames: [],
    updates: [],
  };
  (window as unknown as { __render: RenderProbe }).__render = probe;
  const TERMINAL = ['succeeded', 'failed', 'stopped', 'interrupted'];

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener(
    'click',
    (e) => {
      const el = e.target as Element | null;
      if (el?.closest?.('[data-testid="generate-button"]')) probe.clickedAt = performance.now();
    },
    true,
  );

  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      this.addEventListener('message', (m) => {
        const e = JSON.parse(m.data);
        if (e.type === 'text') {
          probe.firstTextAt ??= performance.now();
          probe.lastTextAt = performance.now();
          probe.textChars += e.delta.length;
        } else if (e.type === 'status' && TERMINAL.includes(e.status)) {
          probe.status = e.status;
          probe.terminalAt ??= performance.now();
        }
      });
    }
  };

  // Text changes since the last frame, as elements to test for visibility.
  let changed: Element[] = [];
  const roots = new Set<Element>();
  const asElement = (n: Node | null) => (n instanceof Element ? n : (n?.parentElement ?? null));
  const hasText = (n: Node) => !!n.textContent?.trim();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') changed.push(asElement(r.target) as Element);
      else for (const n of r.addedNodes) if (hasText(n)) changed.push(asElement(n) as Element);
    }
  });
  const attach = () => {
    for (const sel of ['[data-testid="proof-preview"]', '[data-testid="proof-editor"]']) {
      const el = document.querySelector(sel);
      if (el && !roots.has(el)) {
        roots.add(el);
        observer.observe(el, { childList: true, subtree: true, characterData: true });
      }
    }
  };

  /**
   * The part of the viewport where `root`'s content can show: clipped by every scrolling
   * ancestor. Which ancestors scroll is read once per root; their boxes every time.
   */
  const scrollers = new Map<Element, Element[]>();
  const clipOf = (root: Element) => {
    let list = scrollers.get(root);
    if (!list) {
      list = [root];
      for (let a = root.parentElement; a; a = a.parentElement)
        if (getComputedStyle(a).overflow !== 'visible') list.push(a);
      scrollers.set(root, list);
    }
    const clip = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
    for (const a of list) {
      const r = a.getBoundingClientRect();
      clip.top = Math.max(clip.top, r.top);
      clip.left = Math.max(clip.left, r.left);
      clip.bottom = Math.min(clip.bottom, r.bottom);
      clip.right = Math.min(clip.right, r.right);
    }
    return clip;
  };
  const visible = (el: Element) => {
    const root = [...roots].find((r) => r.contains(el));
    if (!root || !el.isConnected) return false;
    const c = clipOf(root);
    const r = el.getBoundingClientRect();
    return r.bottom > c.top && r.top < c.bottom && r.right > c.left && r.left < c.right;
  };

  const frame = (t: number) => {
    probe.frames.push(t);
    if (roots.size < 2) attach();
    if (changed.length) {
      // Newest first: a frame that appended text usually shows its last change.
      const batch = changed.slice(-40).reverse();
      changed = [];
      // Checked after this frame is drawn, when layout is clean: reading boxes inside the
      // frame would force an extra layout and make the page slower than it is.
      setTimeout(() => {
        if (batch.some(visible)) probe.updates.push(t);
      }, 0);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
