/**
 * Runs a callback on an animation frame, at most once per `intervalMs` however often it is
 * scheduled: a live view that many events change is drawn at a steady cadence, each time with
 * the latest state, instead of on every frame.
 */
export class FrameThrottle {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly callback: () => void,
    private readonly intervalMs: number,
  ) {}

  schedule(): void {
    if (this.frame || this.timer) return;
    const wait = this.last + this.intervalMs - performance.now();
    if (wait <= 0) this.frame = requestAnimationFrame(this.run);
    else
      this.timer = setTimeout(() => {
        this.timer = null;
        this.frame = requestAnimationFrame(this.run);
      }, wait);
  }

  /** Drops a pending run. */
  cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.timer) clearTimeout(this.timer);
    this.frame = 0;
    this.timer = null;
  }

  private readonly run = () => {
    this.frame = 0;
    this.last = performance.now();
    this.callback();
  };
}
