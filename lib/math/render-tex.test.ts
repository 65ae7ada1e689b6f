import { describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '@/test/hang-guard';
import { clearTexCache, renderTex } from './render-tex';

const edefBomb = (() => {
  let tex = '\\edef\\a{xx}';
  const names = 'bcdefghijklmnopqrst';
  let previous = 'a';
  for (const name of names) {
    tex += `\\edef\\${name}{\\${previous}\\${previous}}`;
    previous = name;
  }
  return `${tex}\\${previous}`;
})();

const HOSTILE: Record<string, string> = {
  href: '\\href{javascript:alert(1)}{x}',
  hrefMixedCase: '\\href{JaVaScRiPt:alert(1)}{x}',
  url: '\\url{javascript:alert(1)}',
  includegraphics: '\\includegraphics[alt="x" onerror="alert(1)"]{a" onerror="alert(1)}',
  htmlData: '\\htmlData{foo=bar}{x}',
  htmlStyle: '\\htmlStyle{color:red}{x}',
  htmlClassId: '\\htmlClass{x}{y}\\htmlId{z}{w}',
  rule: '\\rule{9999em}{9999em}',
  defLoop: '\\def\\a{\\a\\a}\\a',
  edefBomb,
  nestedBraces: `${'{'.repeat(50_000)}x${'}'.repeat(50_000)}<img src=x onerror=alert(1)>`,
  nestedSqrt: `${'\\sqrt{'.repeat(3_000)}x${'}'.repeat(3_000)}`,
  nestedLeft: `${'\\left('.repeat(3_000)}x${'\\right)'.repeat(3_000)}`,
  scriptTag: '\\text{<script>alert(1)</script>}',
};

describe('renderTex on hostile input', () => {
  for (const [name, tex] of Object.entries(HOSTILE)) {
    for (const display of [false, true]) {
      // The timeout is a hang guard (vitest fails a synchronous test that overruns it too):
      // these take milliseconds; exponential blow-up would take minutes.
      it(`${name} (${display ? 'display' : 'inline'}) is inert, never hangs and never throws`, {
        timeout: HANG_GUARD_MS,
      }, () => {
        clearTexCache();
        const result = renderTex(tex, display);
        const html = 'html' in result ? result.html : '';
        expect(html).not.toMatch(/javascript:/i);
        expect(html).not.toMatch(/\son[a-z]+\s*=/i);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<(img|a|iframe|object|embed)\b/i);
        expect(html).not.toMatch(/data-foo|id="z"/);
      });
    }
  }

  it('clamps \\rule to the finite maxSize', () => {
    const result = renderTex(HOSTILE.rule, true);
    expect('html' in result && result.html).not.toMatch(/9999/);
  });

  it('reports macro bombs and deep nesting as errors with their source', () => {
    for (const tex of [HOSTILE.defLoop, edefBomb, HOSTILE.nestedBraces]) {
      const result = renderTex(tex, false);
      expect(result).toMatchObject({ source: tex });
      expect('error' in result && result.error.length).toBeGreaterThan(0);
    }
  });

  it('does not let \\gdef leak from one formula into the next', () => {
    renderTex('\\gdef\\leak{LEAKED}\\leak', false);
    expect('error' in renderTex('\\leak', false)).toBe(true);
  });
});

describe('renderTex', () => {
  it('renders with the shared macros', () => {
    const result = renderTex('\\R \\N \\Z \\Q \\C \\abs{x} \\norm{v} \\floor{y} \\ceil{z}', false);
    expect('html' in result).toBe(true);
  });

  it('returns KaTeX parse errors without the underlined excerpt', () => {
    const result = renderTex('\\frac{1}{', false);
    expect(result).toMatchObject({ source: '\\frac{1}{' });
    expect('error' in result && result.error).not.toContain('\u0332');
  });

  it('caches by formula and display mode', () => {
    clearTexCache();
    const inline = renderTex('x^2', false);
    expect(renderTex('x^2', false)).toBe(inline);
    expect(renderTex('x^2', true)).not.toBe(inline);
  });
});
