import { describe, expect, it } from 'vitest';
import { extractMath } from '@/lib/math/extract-math';
import { normalizeTex } from '@/lib/math/normalize-tex';
import { renderTex } from '@/lib/math/render-tex';
import { BUILTIN_PROBLEMS } from '.';

describe('built-in problems', () => {
  it('has at least 12 problems, three or more in each of the four areas', () => {
    expect(BUILTIN_PROBLEMS.length).toBeGreaterThanOrEqual(12);
    const count = (c: string) => BUILTIN_PROBLEMS.filter((p) => p.category === c).length;
    for (const c of ['Algebra', 'Combinatorics', 'Geometry', 'Number theory']) {
      expect(count(c)).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each a unique key, a source, a reference solution and guidelines', () => {
    expect(new Set(BUILTIN_PROBLEMS.map((p) => p.key)).size).toBe(BUILTIN_PROBLEMS.length);
    for (const p of BUILTIN_PROBLEMS) {
      expect(p.key).toMatch(/^builtin:/);
      expect(p.source.length).toBeGreaterThan(3);
      expect(p.solution.length).toBeGreaterThan(50);
      expect(p.guidelines).toMatch(/\(Partial\)[\s\S]*\(Almost\)/);
    }
  });

  it('renders every formula with KaTeX', () => {
    for (const p of BUILTIN_PROBLEMS) {
      for (const text of [p.statement, p.solution, p.guidelines, p.shortAnswer]) {
        for (const m of extractMath(normalizeTex(text)).math) {
          const out = renderTex(m.tex, m.display);
          expect('error' in out ? `${p.key}: ${m.tex}: ${out.error}` : 'ok').toBe('ok');
        }
      }
    }
  });
});
