import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptRunEvents, openRunEventsEarly } from './early-run-events';

/** Just enough of EventSource: a target the test dispatches 'open' / 'message' / 'error' on. */
class FakeEventSource extends EventTarget {
  static CLOSED = 2;
  static last: FakeEventSource;
  readyState = 0;
  onmessage: ((m: MessageEvent) => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
    this.addEventListener('message', (m) => this.onmessage?.(m as MessageEvent));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  message(seq: number) {
    this.dispatchEvent(
      new MessageEvent('message', { data: `{"seq":${seq}}`, lastEventId: `${seq}` }),
    );
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a run event stream opened at the start, adopted by the view later', () => {
  it('hands over what arrived before adoption, in order; later messages reach only the new owner', () => {
    openRunEventsEarly('run-1', '/api/runs/run-1/events');
    const es = FakeEventSource.last;
    expect(es.url).toBe('/api/runs/run-1/events');
    es.message(1);
    es.message(2);
    const adopted = adoptRunEvents('run-1');
    expect(adopted?.es).toBe(es);
    const seen: string[] = [];
    es.onmessage = (m) => seen.push(m.lastEventId);
    for (const m of adopted?.queued ?? []) seen.push(m.lastEventId);
    es.message(3);
    expect(seen).toEqual(['1', '2', '3']);
    expect(adopted?.queued).toHaveLength(2);
    expect(adoptRunEvents('run-1')).toBeNull(); // adopted once
  });

  it('says when it is ready (open or failed) once, so the session is read after it', () => {
    const ready = vi.fn();
    openRunEventsEarly('run-2', '/api/runs/run-2/events', ready);
    const es = FakeEventSource.last;
    expect(ready).not.toHaveBeenCalled();
    es.dispatchEvent(new Event('open'));
    es.dispatchEvent(new Event('error'));
    expect(ready).toHaveBeenCalledTimes(1);
    adoptRunEvents('run-2');
  });

  it('closes a stream no view adopts, and has nothing for a run it did not open', () => {
    openRunEventsEarly('run-3', '/api/runs/run-3/events');
    const es = FakeEventSource.last;
    vi.advanceTimersByTime(14_000);
    expect(es.readyState).not.toBe(FakeEventSource.CLOSED);
    vi.advanceTimersByTime(2_000);
    expect(es.readyState).toBe(FakeEventSource.CLOSED);
    expect(adoptRunEvents('run-3')).toBeNull();
    expect(adoptRunEvents('never-started')).toBeNull();
  });
});
