import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { normalizeTex } from './normalize-tex';
import { splitBlocks } from './split-blocks';

describe('splitBlocks', () => {
  it('splits paragraphs at blank lines', () => {
    expect(splitBlocks('a\nb\n\nc\n\n\nd')).toEqual(['a\nb', 'c', 'd']);
  });

  it('keeps display math with blank lines inside as one block', () => {
    expect(splitBlocks('x\n\n$$\na\n\nb\n$$\n\ny')).toEqual(['x', '$$\na\n\nb\n$$', 'y']);
  });

  it('keeps fenced code whole', () => {
    expect(splitBlocks('```\na\n\nb\n```\n\nc')).toEqual(['```\na\n\nb\n```', 'c']);
  });

  it('keeps a loose list together, including indented continuation', () => {
    expect(splitBlocks('- a\n\n- b\n\n  more b\n\nafter')).toEqual([
      '- a\n\n- b\n\n  more b',
      'after',
    ]);
  });

  it('does not take one-line $$x$$ for an opening fence', () => {
    expect(splitBlocks('$$x$$\n\ny')).toEqual(['$$x$$', 'y']);
  });

  it('leaves finished blocks unchanged while a corpus proof streams in', () => {
    const file = corpusPath('deepseek-math-v2', 'Putnam2024.jsonl');
    let proof = '# A\n\nSome \\(x\\) text.\n\n\\[\na\n\n=b\n\\]\n\n- item\n\n- item two\n\nEnd.';
    try {
      proof = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]).model_prediction.proof;
    } catch {
      // corpus absent: the small stand-in above still exercises the property
    }
    const final = splitBlocks(normalizeTex(proof));
    let changed = 0;
    for (let end = 97; end < proof.length; end += 97) {
      const blocks = splitBlocks(normalizeTex(proof.slice(0, end), { streaming: true }));
      blocks.slice(0, -1).forEach((block, i) => {
        if (block !== final[i]) changed++;
      });
    }
    expect(changed).toBe(0);
  });
});
