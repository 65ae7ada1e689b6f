import { describe, expect, it } from 'vitest';
import { fixTags } from './fix-tags';
import { renderTex } from './render-tex';

const renders = (tex: string, display = true) => 'html' in renderTex(tex, display);

describe('fixTags', () => {
  it('leaves a single tag alone', () => {
    expect(fixTags('a=b \\tag{1}', true)).toBe('a=b \\tag{1}');
  });

  it('turns a tagged aligned block into align*, whatever the number of tags', () => {
    for (const tags of [['3'], ['3', '4', '5']]) {
      const rows = tags.map((t, i) => `x_${i} &= ${i} \\tag{${t}}`).join('\\\\\n');
      const fixed = fixTags(`\\begin{aligned}\n${rows}\n\\end{aligned}.`, true);
      expect(fixed.startsWith('\\begin{align*}')).toBe(true);
      expect(fixed.endsWith('\\end{align*}.')).toBe(true);
      expect(renders(fixed)).toBe(true);
    }
  });

  it('keeps the tag of a whole aligned block that sits outside it', () => {
    const tex = '\\begin{aligned}a&=b\\\\c&=d\\end{aligned}\\tag{7}';
    expect(fixTags(tex, true)).toBe(tex);
  });

  it('writes tags KaTeX cannot place as labels', () => {
    const cases = fixTags('\\begin{cases} a \\tag{1}\\\\ b \\tag{2}\\end{cases}', true);
    expect(cases).toContain('\\qquad\\text{(1)}');
    expect(renders(cases)).toBe(true);
    const inline = fixTags('x=1 \\tag*{($\\star$)}', false);
    expect(inline).toBe('x=1 \\qquad\\text{($\\star$)}');
    expect(renders(inline, false)).toBe(true);
  });

  it('splits tagged equations separated by \\qquad, \\quad or a comma', () => {
    const fixed = fixTags('a=1 \\tag{1}, \\quad b=2 \\tag{2} \\qquad c=3 \\tag{3}.', true);
    expect(fixed).toBe(
      '\\begin{gather*}\na=1 \\tag{1}\\\\\nb=2 \\tag{2}\\\\\nc=3 \\tag{3}.\n\\end{gather*}',
    );
    expect(renders(fixed)).toBe(true);
  });
});
