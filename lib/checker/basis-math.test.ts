import { describe, expect, it } from 'vitest';
import { basisWithMath } from './basis-math';

// Each basis below is one the checker gave on the shared corpus.
describe('a basis with its formulas marked as math', () => {
  it('marks each formula named by its line', () => {
    expect(
      basisWithMath(
        'follows from A_n = 1+3^{20M}+3^{28M} (line 25), d = 4M (line 41), x = 3^{d} (line 41)',
      ),
    ).toBe(
      'follows from \\(A_n = 1+3^{20M}+3^{28M}\\) (line 25), \\(d = 4M\\) (line 41), \\(x = 3^{d}\\) (line 41)',
    );
  });

  it('keeps commas inside a formula in it', () => {
    expect(basisWithMath('follows from f(x,y)=f(y,x) (line 3)')).toBe(
      'follows from \\(f(x,y)=f(y,x)\\) (line 3)',
    );
  });

  it('marks what an instance was taken at, and each instance of several', () => {
    expect(basisWithMath('instance of g(x)=x+20g^{-1}(x) (line 16) at x = a_{n}')).toBe(
      'instance of \\(g(x)=x+20g^{-1}(x)\\) (line 16) at \\(x = a_{n}\\)',
    );
    expect(
      basisWithMath('instance of a_n = 2^n (line 1) at n = 3; b_n = n (line 2) at n = 4'),
    ).toBe(
      'instance of \\(a_n = 2^n\\) (line 1) at \\(n = 3\\); \\(b_n = n\\) (line 2) at \\(n = 4\\)',
    );
  });

  it('marks values, points and a specialisation', () => {
    expect(basisWithMath('holds with v_{2}(2) = 1')).toBe('holds with \\(v_{2}(2) = 1\\)');
    expect(basisWithMath('holds with the coordinates of B (line 7), O_{1} (line 140)')).toBe(
      'holds with the coordinates of \\(B\\) (line 7), \\(O_{1}\\) (line 140)',
    );
    expect(basisWithMath('follows from line 4 with y = 0')).toBe(
      'follows from line 4 with \\(y = 0\\)',
    );
    expect(basisWithMath('follows from line 14')).toBe('follows from line 14');
  });

  it('leaves the checker’s own prose as it is', () => {
    expect(
      basisWithMath(
        'follows from u=x^2 (line 100); read with letters the text defined as numbers multiplied',
      ),
    ).toBe(
      'follows from \\(u=x^2\\) (line 100); read with letters the text defined as numbers multiplied',
    );
    expect(basisWithMath('an identity in any sequence a')).toBe('an identity in any sequence a');
  });
});
