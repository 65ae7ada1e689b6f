import { describe, expect, it } from 'vitest';
import type { SequencedRunEvent } from '@/lib/schemas';
import { eventFrame, framesFromStart } from './sse-frames';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const delta = (seq: number, d: string): SequencedRunEvent => ({
  seq,
  event: { type: 'text', delta: d },
});

describe('framesFromStart', () => {
  it('is every frame of a growing log in order, shared until the log grows', () => {
    const log: SequencedRunEvent[] = [delta(1, 'Let '), delta(2, '$x$')];
    const first = framesFromStart(log);
    expect(text(first)).toBe(log.map((e) => text(eventFrame(e))).join(''));
    expect(framesFromStart(log)).toBe(first);

    log.push(delta(3, ' be real.'), delta(4, '\n'));
    const grown = framesFromStart(log);
    expect(text(grown)).toBe(log.map((e) => text(eventFrame(e))).join(''));
    expect(text(grown)).toContain('id: 4\ndata: {"type":"text","delta":"\\n"}\n\n');
    // Another log with equal events is its own: nothing is shared by content.
    expect(text(framesFromStart([delta(1, 'Other')]))).toBe(
      'id: 1\ndata: {"type":"text","delta":"Other"}\n\n',
    );
  });
});
