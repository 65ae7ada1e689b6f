import { describe, expect, it } from 'vitest';
import { forbiddenInFormula } from './latex-guard';

describe('forbiddenInFormula', () => {
  it('reads command names as TeX does', () => {
    expect(forbiddenInFormula(String.raw`\input{x}`)).toBe('\\input');
    expect(forbiddenInFormula(String.raw`\input1`)).toBe('\\input');
    // Longer names, and `\\` followed by letters, are other commands.
    expect(
      forbiddenInFormula(String.raw`\theta + \text{let} + \textbf{def} + \operatorname{input}`),
    ).toBeNull();
    expect(forbiddenInFormula(String.raw`a \\ input \\[2mm] read`)).toBeNull();
    expect(forbiddenInFormula(String.raw`\the\catcode`)).toBe('\\the');
    expect(forbiddenInFormula(String.raw`\pdfmdfivesum file {x}`)).toBe('\\pdfmdfivesum');
  });

  it('refuses the ways a name can be built or hidden', () => {
    expect(forbiddenInFormula('^^5cinput')).toBe("TeX's ^^ character notation");
    expect(forbiddenInFormula(String.raw`\csname in\endcsname`)).toBe('\\csname');
    expect(forbiddenInFormula(String.raw`\expandafter\x`)).toBe('\\expandafter');
    expect(forbiddenInFormula(String.raw`\@@input x`)).toBe('an internal (@) command');
    expect(forbiddenInFormula(String.raw`\begin{filecontents*}{a}x\end{filecontents*}`)).toBe(
      'the filecontents* environment',
    );
  });

  it('lets ordinary mathematics through', () => {
    for (const tex of [
      String.raw`\frac{a}{b} \le \sqrt[3]{x}`,
      String.raw`\begin{aligned} x &= 1 \\ y &= 2 \end{aligned}`,
      String.raw`\left( \sum_{i=1}^{n} a_i \right)^2`,
      String.raw`\mathbb{R}, \R, \lfloor x \rfloor, \binom{n}{k}, \text{for all } n`,
    ]) {
      expect(forbiddenInFormula(tex)).toBeNull();
    }
  });
});
