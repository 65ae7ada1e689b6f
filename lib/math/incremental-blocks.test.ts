import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { IncrementalBlocks } from './incremental-blocks';
import { normalizeTex } from './normalize-tex';
import { splitBlocks } from './split-blocks';

const CORPUS = corpusPath('deepseek-math-v2', 'IMO-ProofBench-Basic.jsonl');

/** A document with every construct that could straddle a commit point. */
const STAND_IN = [
  'Intro \\(x\\) and $y$.',
  '\\[\na\n\nb\n\\]',
  '- item\n\n- item two\n\n  continued',
  '```\ncode\n\nmore\n```',
  '\\begin{itemize}\n\\item one\n\n\\item two\n\\end{itemize}',
  '$$\nx\n\n$$',
  '\\textbf{open\n\nclosed} end',
].join('\n\n');

function streamAndCompare(text: string, step: number): number {
  const incremental = new IncrementalBlocks();
  let mismatches = 0;
  for (let end = step; end < text.length + step; end += step) {
    const prefix = text.slice(0, end);
    const expected = splitBlocks(normalizeTex(prefix, { streaming: true }));
    if (
      JSON.stringify(incremental.update(prefix, { streaming: true })) !== JSON.stringify(expected)
    )
      mismatches++;
  }
  return mismatches;
}

describe('IncrementalBlocks', () => {
  it('gives the same blocks as normalising the whole text, at every step', () => {
    expect(streamAndCompare(STAND_IN.repeat(40), 37)).toBe(0);
  });

  it('starts over when the text is replaced rather than extended', () => {
    const incremental = new IncrementalBlocks();
    incremental.update(STAND_IN.repeat(40));
    expect(incremental.update('new \\(z\\)')).toEqual(['new $z$']);
  });

  it.skipIf(!existsSync(CORPUS))(
    'matches on a streamed corpus document of 190,000 characters',
    () => {
      const lines = readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter((line) => line.trim());
      const text = lines.map((line) => JSON.parse(line).model_prediction.proof).join('\n\n');
      expect(streamAndCompare(text, 1_531)).toBe(0);
    },
  );
});
