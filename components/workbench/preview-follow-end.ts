/** Within this many pixels of the bottom, the preview counts as scrolled to its end. */
const AT_END_PX = 24;
/** What one wheel "line" scrolls, for mice that report lines (deltaMode 1). */
const LINE_PX = 40;
const UPWARD_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/**
 * Keeps the end of a streaming preview (and of the drawer's reasoning) in view, as a chat
 * keeps its newest message in view: whenever the content grows (a ResizeObserver, so the
 * scroll happens in the frame that grew, before it is painted, with layout already done) its
 * scroll box goes to the bottom — while following (`follow(true)`: the editor shows the end,
 * as when it follows a streaming draft) and unless the reader scrolled up. As in the editor
 * (stick-to-end.ts), only the reader's own input (wheel, keys, pointer) unsticks it, and
 * coming back to the end sticks again: scrolls the browser makes itself (scroll anchoring as
 * content above settles) never do.
 */
export class PreviewEndFollower {
  private active = false;
  private stuck = true;
  private streaming = false;
  /**
   * The reader scrolled the preview up during this stream and has not come back to its end.
   * Until they do (or the stream ends), nothing else moves their view: not the editor's
   * focus flickering between the end and a line above it as appends and scrolls interleave.
   */
  private readerAway = false;
  private readonly resize: ResizeObserver | null;
  private readonly listeners: [string, (e: Event) => void][] = [
    ['wheel', (e) => this.wheel(e as WheelEvent)],
    ['keydown', (e) => (UPWARD_KEYS.has((e as KeyboardEvent).key) ? this.away() : this.gesture())],
    // Held on the scrollbar (or a selection being dragged): nothing pulls the view until release.
    [
      'pointerdown',
      () => {
        this.stuck = false;
      },
    ],
    ['pointerup', () => this.gesture()],
  ];

  constructor(
    content: HTMLElement,
    private readonly box: HTMLElement,
  ) {
    this.resize =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.toEnd()) : null;
    this.resize?.observe(content);
    for (const [type, fn] of this.listeners) box.addEventListener(type, fn, { passive: true });
  }

  /** Start or stop following; starting again follows, unless the reader is away (above). */
  follow(active: boolean): void {
    if (active && !this.active && !this.readerAway) this.stuck = true;
    this.active = active;
    this.toEnd();
  }

  /** A stream starts or ends: either way, the reader's earlier scrolling no longer holds. */
  setStreaming(streaming: boolean): void {
    if (streaming !== this.streaming) this.readerAway = false;
    this.streaming = streaming;
  }

  /** Whether the reader has scrolled up during the stream: the view is theirs. */
  isReaderAway(): boolean {
    return this.readerAway;
  }

  dispose(): void {
    this.resize?.disconnect();
    for (const [type, fn] of this.listeners) this.box.removeEventListener(type, fn);
  }

  private toEnd(): void {
    if (!this.active || !this.stuck) return;
    const bottom = this.box.scrollHeight - this.box.clientHeight;
    if (this.box.scrollTop < bottom - 1) this.box.scrollTop = bottom;
  }

  /**
   * A wheel turn is judged before the browser scrolls, against the layout it will scroll in.
   * One that reaches the end sticks at once; one that leaves it unsticks at once. Judged
   * afterwards, the answer depended on timing: a stream that grew the preview in between left
   * a downward turn short of the end, and a smooth-scrolled upward turn had not moved yet, so
   * it counted as "still at the end" and the next append pulled the reader back down.
   */
  private wheel(e: WheelEvent): void {
    const px =
      e.deltaY * (e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? this.box.clientHeight : 1);
    const bottom = this.box.scrollHeight - this.box.clientHeight;
    if (px > 0 && this.box.scrollTop + px >= bottom - AT_END_PX) {
      this.stuck = true;
      this.readerAway = false;
      requestAnimationFrame(() => this.toEnd());
    } else if (px < 0 && this.box.scrollTop + px < bottom - AT_END_PX) {
      this.away();
    } else if (px > 0) {
      this.gesture();
    }
  }

  /** The reader moved up, away from the end: the view is theirs until they come back. */
  private away(): void {
    this.stuck = false;
    this.readerAway = this.streaming;
  }

  /**
   * Once the browser has handled a move that is not upward (a key, a release of the
   * scrollbar): stuck again if it left the view near the end. The bar is half a screen, as
   * lines may have been appended between the move and this check.
   */
  private gesture(): void {
    setTimeout(() => {
      const below = this.box.scrollHeight - this.box.scrollTop - this.box.clientHeight;
      this.stuck = below <= Math.max(AT_END_PX, this.box.clientHeight / 2);
      this.readerAway = this.streaming && !this.stuck;
      this.toEnd();
    }, 0);
  }
}
