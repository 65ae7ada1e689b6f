import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KATEX_FACES } from './use-katex-fonts';

const css = readFileSync(
  createRequire(import.meta.url).resolve('katex/dist/katex.min.css'),
  'utf8',
);

/** Each @font-face KaTeX declares, as "family style weight". */
const declared = new Set(
  [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body]) => {
    const get = (p: string) => body.match(new RegExp(`${p}:([^;]*)`))?.[1].trim();
    return `${get('font-family')} ${get('font-style') ?? 'normal'} ${get('font-weight') ?? '400'}`;
  }),
);

describe('KaTeX fonts loaded with the preview', () => {
  it('names faces KaTeX declares (a renamed face would silently load nothing)', () => {
    expect(declared.size).toBeGreaterThan(10);
    for (const face of KATEX_FACES) {
      const [style, weight] = face.startsWith('italic')
        ? ['italic', '400']
        : face.startsWith('bold')
          ? ['normal', '700']
          : ['normal', '400'];
      const family = face.split(' ').at(-1);
      expect(declared, face).toContain(`${family} ${style} ${weight}`);
    }
  });
});
