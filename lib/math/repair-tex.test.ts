import { describe, expect, it } from 'vitest';
import { renderTex } from './render-tex';
import { repairTex } from './repair-tex';

const renders = (tex: string) => 'html' in renderTex(tex, true);

describe('repairTex', () => {
  it('makes \\ensuremath inside \\text switch to math', () => {
    const tex = '\\text{ and that \\ensuremath{\\frac{x_{n-1}}{x_{n-2}}} is odd.}';
    expect(repairTex(tex)).toBe('\\text{ and that $\\frac{x_{n-1}}{x_{n-2}}$ is odd.}');
    expect(renders(repairTex(tex))).toBe(true);
  });

  it('drops \\label', () => {
    expect(repairTex('a=b \\label{eq:1}')).toBe('a=b ');
  });

  it('turns blank lines between rows of an environment into row breaks', () => {
    const tex = '\\begin{cases}\n0 & 2|x\n\n1 & 2\\nmid x\n\\end{cases}';
    expect(repairTex(tex)).toBe('\\begin{cases}\n0 & 2|x\\\\\n1 & 2\\nmid x\n\\end{cases}');
  });

  it('leaves proper row breaks and blank lines next to \\begin/\\end alone', () => {
    const tex = '\\begin{aligned}\n\na&=b\\\\\n\nc&=d\n\n\\end{aligned}';
    expect(repairTex(tex)).toBe('\\begin{aligned}\na&=b\\\\\nc&=d\n\\end{aligned}');
  });

  it('does not take a control space at the end of a line for a row break', () => {
    expect(repairTex('\\begin{cases} a\\ \nb \\end{cases}')).toBe(
      '\\begin{cases} a\\ \nb \\end{cases}',
    );
  });
});
