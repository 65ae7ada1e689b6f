import { afterEach, describe, expect, test, vi } from 'vitest';
import { workerRpc } from './worker-rpc';

type Req = { n: number };
type Res = { id: number; doubled?: number; error?: string };

/** A stand-in for a Web Worker: it answers by doubling, or fails to load when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<Res>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  loadError: { message: string; preventDefault: () => void } | null = null;
  constructor(private readonly loads: boolean) {
    FakeWorker.made.push(this);
  }
  postMessage({ id, n }: Req & { id: number }) {
    queueMicrotask(() => {
      if (!this.loads) {
        this.loadError = { message: 'NetworkError: importScripts failed', preventDefault: vi.fn() };
        this.onerror?.(this.loadError as unknown as ErrorEvent);
        return;
      }
      const data = n < 0 ? { id, error: 'negative' } : { id, doubled: 2 * n };
      this.onmessage?.({ data } as MessageEvent<Res>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  FakeWorker.made = [];
});

describe('workerRpc', () => {
  test('answers each call with its own reply, and reports a worker-side error as a rejection', async () => {
    const ask = workerRpc<Req, Res>(() => new FakeWorker(true) as unknown as Worker, 'Doubling');
    const [a, b] = await Promise.all([ask({ n: 2 }), ask({ n: 5 })]);
    expect([a.doubled, b.doubled]).toEqual([4, 10]);
    await expect(ask({ n: -1 })).rejects.toThrow('negative');
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('a worker whose script fails to load rejects what waits, is handled, and the next call starts a new one', async () => {
    let loads = false;
    const ask = workerRpc<Req, Res>(() => new FakeWorker(loads) as unknown as Worker, 'Doubling');
    const first = FakeWorker.made;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(ask({ n: 1 })).rejects.toThrow(
      'Doubling could not start in this page: its script did not load from the server',
    );
    expect(warn).toHaveBeenCalledWith(
      'Doubling: worker failed',
      'NetworkError: importScripts failed',
    );
    expect(first[0].terminated).toBe(true);
    // Handled: the browser does not report it as an uncaught error in the page.
    expect(first[0].loadError?.preventDefault).toHaveBeenCalled();
    loads = true;
    expect((await ask({ n: 3 })).doubled).toBe(6);
    expect(FakeWorker.made).toHaveLength(2);
  });
});
