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
 * preview or the editor (text mutations, kept if they happened where the reader can see).
 * Wraps EventSource to time the run's first text and its end.
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

  // Visibility without reading layout (which would force extra layouts and slow the page
  // down): the editor's `.view-lines` only holds the lines on screen, and the preview's
  // top-level children (chunks, or blocks on the naive page) are tracked by an
  // IntersectionObserver, which honours the clipping of scrolling containers.
  const shown = new Set<Element>();
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) shown.add(e.target);
      else shown.delete(e.target);
    }
  });
  let preview: Element | null = null;
  let lines: Element | null = null;
  /** Text changed since the last frame: the preview units it happened in, or the editor. */
  let changed = new Set<Element>();
  let editorChanged = false;
  const unitOf = (node: Node): Element | null => {
    let n: Element | null = node instanceof Element ? node : node.parentElement;
    while (n && n.parentElement !== preview) n = n.parentElement;
    return n;
  };
  const note = (node: Node) => {
    if (lines?.contains(node)) editorChanged = true;
    else if (preview?.contains(node)) {
      const unit = unitOf(node);
      if (unit) changed.add(unit);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') note(r.target);
      for (const n of r.addedNodes) {
        if (n.parentElement === preview && n instanceof Element) io.observe(n);
        if (n.textContent?.trim()) note(n);
      }
    }
  });
  const attach = () => {
    const p = document.querySelector('[data-testid="proof-preview"]');
    if (p && p !== preview) {
      preview = p;
      for (const child of p.children) io.observe(child);
      observer.observe(p, { childList: true, subtree: true, characterData: true });
    }
    const l = document.querySelector('[data-testid="proof-editor"] .view-lines');
    if (l && l !== lines) {
      lines = l;
      observer.observe(l, { childList: true, subtree: true, characterData: true });
    }
  };

  // A frame's changes are judged at the next frame, once the observer has reported on units
  // that were new in it.
  let pending: { t: number; units: Set<Element>; editor: boolean } | null = null;
  const frame = (t: number) => {
    probe.frames.push(t);
    if (!preview || !lines) attach();
    if (pending && (pending.editor || [...pending.units].some((u) => shown.has(u)))) {
      probe.updates.push(pending.t);
    }
    pending = changed.size || editorChanged ? { t, units: changed, editor: editorChanged } : null;
    changed = new Set();
    editorChanged = false;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
