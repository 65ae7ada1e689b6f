import { describe, expect, it, vi } from 'vitest';
import { pushedStream, pushSourceOf } from './pushed-stream';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

/** A source that records what happens to it and lets the test push. */
function probe() {
  const log: string[] = [];
  let sink: { enqueue(b: Uint8Array): void; close(): void } | null = null;
  const source = (s: NonNullable<typeof sink>) => {
    log.push('open');
    sink = s;
    return () => log.push('stop');
  };
  return { log, source, push: (s: string) => sink?.enqueue(bytes(s)), end: () => sink?.close() };
}

describe('pushedStream', () => {
  it('opens its source only when first read, and reads what the source pushes in order', async () => {
    const p = probe();
    const stream = pushedStream(p.source);
    await new Promise((r) => setTimeout(r, 5));
    expect(p.log).toEqual([]); // made but not read: not opened
    const reader = stream.getReader();
    const first = reader.read();
    await new Promise((r) => setTimeout(r, 0));
    expect(p.log).toEqual(['open']);
    p.push('a');
    p.push('b');
    expect(text((await first).value)).toBe('a');
    expect(text((await reader.read()).value)).toBe('b');
    p.end();
    expect((await reader.read()).done).toBe(true);
    expect(p.log).toEqual(['open', 'stop']);
  });

  it('stops its source when the reader cancels, or when the signal fires', async () => {
    const a = probe();
    const reader = pushedStream(a.source).getReader();
    void reader.read();
    await new Promise((r) => setTimeout(r, 0));
    await reader.cancel();
    expect(a.log).toEqual(['open', 'stop']);

    const b = probe();
    const gone = new AbortController();
    const readerB = pushedStream(b.source, gone.signal).getReader();
    const pending = readerB.read();
    await new Promise((r) => setTimeout(r, 0));
    gone.abort();
    expect((await pending).done).toBe(true);
    expect(b.log).toEqual(['open', 'stop']);
    b.push('late'); // after the end: dropped
  });

  it('hands its source to a direct consumer, which the web stream then never opens', () => {
    const p = probe();
    const stream = pushedStream(p.source);
    expect(pushSourceOf(stream)).toBe(p.source);
    expect(pushSourceOf(new ReadableStream())).toBeUndefined();
    expect(pushSourceOf(null)).toBeUndefined();
    expect(p.log).toEqual([]);
  });

  it('is known as a push source to another copy of this module (the fast listener is bundled apart from the routes)', async () => {
    const p = probe();
    const stream = pushedStream(p.source);
    vi.resetModules();
    const other = await import('./pushed-stream');
    expect(other.pushSourceOf).not.toBe(pushSourceOf);
    expect(other.pushSourceOf(stream)).toBe(p.source);
  });
});
