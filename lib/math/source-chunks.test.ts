import { describe, expect, it } from 'vitest';
import { chunkMarkdown, sourceChunks } from './source-chunks';

describe('sourceChunks', () => {
  it('makes one chunk per line and keeps 1-based line ranges', () => {
    const c = sourceChunks('a\nb\n\nc\n\n\nd');
    expect(c.map((x) => [x.text, x.startLine, x.endLine])).toEqual([
      ['a', 1, 1],
      ['b', 2, 2],
      ['c', 4, 4],
      ['d', 7, 7],
    ]);
  });
  it('keeps table rows together', () => {
    expect(
      sourceChunks('| a | b |\n|---|---|\n| 1 | 2 |\nafter').map((x) => [x.startLine, x.endLine]),
    ).toEqual([
      [1, 3],
      [4, 4],
    ]);
  });
  it('never splits inside display math, environments or code fences', () => {
    const src = 'x\n\\[\na\n\nb\n\\]\n\n\\begin{align*}\np\n\nq\n\\end{align*}\n\n```\nk\n\nl\n```';
    const c = sourceChunks(src);
    expect(c.map((x) => [x.startLine, x.endLine])).toEqual([
      [1, 1],
      [2, 6],
      [8, 12],
      [14, 18],
    ]);
  });
  it('does not take the row spacing `\\\\[2mm]` for a display opening', () => {
    const src = '\\[\n\\begin{aligned}\na&=b,\\\\[2mm]\nc&=d.\n\\end{aligned}\n\\]\n\nnext\n\nlast';
    expect(sourceChunks(src).map((x) => [x.startLine, x.endLine])).toEqual([
      [1, 6],
      [8, 8],
      [10, 10],
    ]);
  });
  it('keeps CRLF sources line-accurate', () => {
    expect(sourceChunks('a\r\n\r\nb').map((x) => x.startLine)).toEqual([1, 3]);
  });
  it('keeps an inline formula wrapped over several lines in one chunk', () => {
    const src = 'a \\(x +\n      y\\) b\nnext $p\n  + q$ end\nlast';
    expect(sourceChunks(src).map((x) => [x.startLine, x.endLine])).toEqual([
      [1, 2],
      [3, 4],
      [5, 5],
    ]);
  });
  it('holds the rest together while a display is still open (a streaming tail)', () => {
    expect(sourceChunks('a\n\\[\nx\n\ny').map((x) => [x.startLine, x.endLine])).toEqual([
      [1, 1],
      [2, 5],
    ]);
  });
});

describe('chunkMarkdown', () => {
  it('takes the indentation off a continuation line, which alone would read as code', () => {
    expect(chunkMarkdown('    Continuing, \\(x\\)\n      more')).toEqual({
      markdown: 'Continuing, \\(x\\)\n  more',
      indent: 4,
    });
    expect(chunkMarkdown('- item').indent).toBe(0);
  });
});
