import { describe, expect, it } from 'vitest';
import { splitThink, ThinkSplitter } from './think-splitter';
import type { StreamDelta } from './types';

/** Feeds `raw` in pieces of `size` characters and returns what was emitted. */
function feed(raw: string, size: number) {
  const deltas: StreamDelta[] = [];
  const splitter = new ThinkSplitter((d) => deltas.push(d));
  for (let i = 0; i < raw.length; i += size) splitter.push(raw.slice(i, i + size));
  splitter.finish();
  const join = (type: StreamDelta['type']) =>
    deltas
      .filter((d) => d.type === type)
      .map((d) => d.delta)
      .join('');
  return { text: join('text'), reasoning: join('reasoning'), deltas };
}

describe('splitThink', () => {
  it('leaves content without tags alone', () => {
    expect(splitThink('## Solution\nx < y')).toEqual({ text: '## Solution\nx < y', reasoning: '' });
  });
  it('splits on the last </think>, dropping a leading <think>', () => {
    expect(splitThink('\n<think>a</think>b</think>\n\nanswer')).toEqual({
      reasoning: 'a</think>b',
      text: 'answer',
    });
  });
  it('treats text before </think> without an opening tag as reasoning', () => {
    expect(splitThink('thinking…</think>\nanswer')).toEqual({
      reasoning: 'thinking…',
      text: 'answer',
    });
  });
  it('keeps an unclosed <think> as reasoning (cut while thinking)', () => {
    expect(splitThink('<think>still going')).toEqual({ reasoning: 'still going', text: '' });
  });
});

describe('ThinkSplitter', () => {
  const raw = '<think>Let x < 1 and y <= 2.</think>\n\n## Solution\nSince a < b, done.';

  it.each([1, 2, 3, 5, 7, 8, 100])('streams the same split with %i-character chunks', (size) => {
    const out = feed(raw, size);
    expect(out.reasoning).toBe('Let x < 1 and y <= 2.');
    expect(out.text).toBe('## Solution\nSince a < b, done.');
    expect(out.deltas.some((d) => d.delta.includes('think>'))).toBe(false);
    expect({ text: out.text, reasoning: out.reasoning }).toEqual(splitThink(raw));
  });

  it('streams a `<` at a chunk end as text once the next chunk shows it is not a tag', () => {
    const out = feed('a <b', 2);
    expect(out.text).toBe('a <b');
  });

  it('cannot take back text before a late </think>; the final split differs', () => {
    const late = 'reasoning here</think>answer';
    const out = feed(late, 4);
    expect(out.text).toBe('reasoning hereanswer');
    expect(splitThink(late)).toEqual({ reasoning: 'reasoning here', text: 'answer' });
  });

  it('flushes a partial tag at the end as what it is', () => {
    expect(feed('<think>abc</thi', 3)).toMatchObject({ reasoning: 'abc</thi', text: '' });
    expect(feed('  <thi', 2)).toMatchObject({ text: '  <thi', reasoning: '' });
  });
});

describe("Gemini's <thought> summaries inside content", () => {
  const tags = { open: '<thought>', close: '</thought>' };
  it('go to reasoning as they stream, tags split across chunks included', () => {
    const raw = '<thought>Consider the midpoint M.</thought>## Solution\nLet M be…';
    for (const size of [1, 3, 7]) {
      const deltas: StreamDelta[] = [];
      const splitter = new ThinkSplitter((d) => deltas.push(d), tags);
      for (let i = 0; i < raw.length; i += size) splitter.push(raw.slice(i, i + size));
      splitter.finish();
      const text = deltas
        .filter((d) => d.type === 'text')
        .map((d) => d.delta)
        .join('');
      expect(text).toBe('## Solution\nLet M be…');
      expect(text).not.toContain('<thought>');
      expect(splitThink(raw, tags)).toEqual({ reasoning: 'Consider the midpoint M.', text });
    }
  });
});
