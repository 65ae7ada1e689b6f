import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewEndFollower } from './preview-follow-end';

/** A scroll box as the follower sees it; the browser's own scrolling is done by the test. */
class FakeBox extends EventTarget {
  scrollTop = 0;
  scrollHeight = 600;
  clientHeight = 400;
  get bottom() {
    return this.scrollHeight - this.clientHeight;
  }
}

let grew: (() => void) | null = null;

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(cb: () => void) {
        grew = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
});

afterEach(() => {
  vi.unstubAllGlobals();
  grew = null;
});

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The stream appends: the content grows and the observer reports it. */
function append(box: FakeBox, px = 300) {
  box.scrollHeight += px;
  grew?.();
}

function wheel(box: FakeBox, deltaY: number) {
  box.dispatchEvent(Object.assign(new Event('wheel'), { deltaY, deltaMode: 0 }));
}

function streamingAtEnd() {
  const box = new FakeBox();
  const f = new PreviewEndFollower({} as HTMLElement, box as unknown as HTMLElement);
  f.setStreaming(true);
  f.follow(true);
  expect(box.scrollTop).toBe(box.bottom);
  return { box, f };
}

describe('PreviewEndFollower', () => {
  it('follows the end while the draft grows', () => {
    const { box } = streamingAtEnd();
    append(box);
    append(box);
    expect(box.scrollTop).toBe(box.bottom);
  });

  it('a wheel turn up stays up, even when the browser scrolls it after the next append', async () => {
    const { box, f } = streamingAtEnd();
    // Chromium animates a wheel scroll: when the turn is reported the box has not moved yet.
    wheel(box, -4_000);
    await tick();
    append(box);
    expect(f.isReaderAway()).toBe(true);
    box.scrollTop = 0; // the smooth scroll lands at the top
    append(box);
    await tick();
    expect(box.scrollTop).toBe(0);
  });

  it('a wheel turn down to the end follows again', async () => {
    const { box, f } = streamingAtEnd();
    wheel(box, -4_000);
    box.scrollTop = 0;
    wheel(box, 10_000);
    box.scrollTop = box.bottom;
    append(box);
    await tick();
    expect(f.isReaderAway()).toBe(false);
    expect(box.scrollTop).toBe(box.bottom);
  });

  it('a nudge up smaller than the slack keeps following', () => {
    const { box, f } = streamingAtEnd();
    wheel(box, -10);
    append(box);
    expect(f.isReaderAway()).toBe(false);
    expect(box.scrollTop).toBe(box.bottom);
  });

  it('an upward key leaves the end; the stream ending gives the view back', async () => {
    const { box, f } = streamingAtEnd();
    box.dispatchEvent(Object.assign(new Event('keydown'), { key: 'PageUp' }));
    append(box);
    expect(box.scrollTop).toBeLessThan(box.bottom);
    f.setStreaming(false);
    expect(f.isReaderAway()).toBe(false);
  });
});
