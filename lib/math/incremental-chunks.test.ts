import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { seededRandom } from '../../test/seeded-random';
import { IncrementalChunks } from './incremental-chunks';
import { sourceChunks } from './source-chunks';

const CORPUS = corpusPath('deepseek-math-v2', 'IMO-ProofBench-Basic.jsonl');

/** Shapes that end a chunk late or keep lines together: tables, displays, fences, CRLF. */
const TRICKY = [
  'Intro line\n\n| a | b |\n|---|---|\n| 1 | 2 |\nafter the table\n\n',
  '\\[\n\\begin{aligned}\na&=b,\\\\[2mm]\n\nc&=d.\n\\end{aligned}\n\\]\nnext line\n\n',
  '```\ncode\n\nmore code\n```\ntext\r\n\r\nCRLF line\r\n',
  '$$\nx\n$$\n$$ y $$\n\\begin{align*}\np\n\nq\n\\end{align*}\n---\n\n',
].join('');

/** Streams `text` in random pieces; after each, the incremental chunks equal a full chunking. */
function expectSameAsFull(text: string, seed: number, maxPiece: number) {
  const random = seededRandom(seed);
  const chunks = new IncrementalChunks();
  for (let end = 0; end < text.length; ) {
    end = Math.min(text.length, end + 1 + Math.floor(random() * maxPiece));
    const shown = text.slice(0, end);
    expect(chunks.update(shown)).toEqual(sourceChunks(shown));
  }
}

describe('IncrementalChunks', () => {
  it('equals sourceChunks after every piece of a stream with tables, displays and fences', () => {
    for (let seed = 1; seed <= 20; seed++) expectSameAsFull(TRICKY.repeat(3), seed, 12);
  });

  it.skipIf(!fs.existsSync(CORPUS))('equals sourceChunks while real proofs stream', () => {
    const proofs = fs
      .readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 3)
      .map((l) => JSON.parse(l).model_prediction.proof as string);
    expectSameAsFull(proofs.join('\n\n---\n\n'), 7, 400);
  });

  it('keeps finished chunks as the same objects, and starts over when the text is replaced', () => {
    const chunks = new IncrementalChunks();
    const first = chunks.update('a\n\nb\n\nc\n\nd');
    const second = chunks.update('a\n\nb\n\nc\n\nd and more');
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(chunks.update('x\n\ny')).toEqual(sourceChunks('x\n\ny'));
  });
});
