import { describe, expect, it } from 'vitest';
import { extractMath } from '@/lib/math/extract-math';
import { renderTex } from '@/lib/math/render-tex';
import { twoRoundView } from './fixture.test-support';
import { sessionMarkdown } from './markdown';

describe('sessionMarkdown', () => {
  const md = sessionMarkdown(twoRoundView());

  it('puts each finding of the final proof in a footnote at the end of its line', () => {
    expect(md).toContain('- summing: $\\sum \\frac{x}{1-x} \\ge \\frac{3}{2}$. [^1]');
    // A finding inside a display formula is marked on the line after the formula.
    expect(md).toMatch(/\\tag\{3\} \\end\{align\*?\}\n\$\$\n\[\^2\]/);
    expect(md).toMatch(
      /\[\^1\]: \*\*Minor issue\*\* \(line 5; undecided\)\. Say which terms are summed\./,
    );
    expect(md).toMatch(
      /\[\^2\]: \*\*Justification gap\*\* \(line 2; accepted; raised by a person; Skipped computation\)\. Check \(3\)\..*Reviewer's note:\* fine/,
    );
  });

  it('says who raised a finding (a verifier’s goes unsaid), its category and its thread', () => {
    expect(md).not.toContain('raised by the verifier');
    expect(md).toContain('*Replies:* “Expanded it: holds.” — 2026-12-04 10:31 UTC (set: accepted)');
  });

  it('has the problem, grades, rounds and the earlier round’s decisions with notes', () => {
    expect(md.startsWith('# Nesbitt for $a, b, c$\n')).toBe(true);
    expect(md).toContain('## Problem');
    expect(md).toContain('Automatic grade: **1 / 7**');
    expect(md).toContain('Human grade: **3 / 7**');
    expect(md).toContain('| R1 | generate | 0 | 1 | 3 (3 decided) |');
    expect(md).toContain('| R2 | refine | 1 | 1 | 2 (1 decided) |');
    expect(md).toContain(
      '(line 2; overridden): Why is $x < 1$? — note: Obvious since the others are positive.',
    );
    expect(md).toContain('(whole proof; dismissed): Equality case missing.');
  });

  it('writes math in the $ dialect, every formula renderable', () => {
    expect(md).not.toMatch(/\\\(|\\\[/);
    const { math } = extractMath(md);
    expect(math.length).toBeGreaterThanOrEqual(8);
    for (const m of math) expect('html' in renderTex(m.tex, m.display)).toBe(true);
  });

  it('puts whole-proof findings on the proof heading', () => {
    const view = twoRoundView();
    view.rounds = [view.rounds[0]];
    const one = sessionMarkdown(view);
    expect(one).toContain('## Proof (round 1; verifier score 0) [^3]');
    expect(one).toContain('\\frac{3x}{2} \\tag{1}\n$$\n[^1]');
    expect(one).toContain('$x \\in (0,1)$. [^2]');
  });

  it('says what stands behind each verifier score, as the print page does', () => {
    const view = twoRoundView();
    view.rounds[0].scoreNote = '8 samples (0 – 1) · meta-verification confirmed 2 of 3';
    view.rounds[1].scoreNote = 'no issues found by all 8 samples';
    const text = sessionMarkdown(view);
    expect(text).toContain(
      '## Proof (round 2; verifier score 1)\n\n*Verifier score 1: no issues found by all 8 samples.*',
    );
    expect(text).toContain(
      '| R1 | generate | 0 (8 samples (0 – 1) · meta-verification confirmed 2 of 3) |',
    );
  });
});
