import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MathInline } from './MathInline';
import { MathMarkdown } from './MathMarkdown';

/** The text of `html` without tags, to read what a person would. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('punctuation after a formula stays on its line', () => {
  it('in Markdown: the formula and the comma share a no-break span; nothing is lost', () => {
    const html = renderToString(
      createElement(MathMarkdown, { text: 'For all \\(x, y\\), we have \\(x=y\\). Done $z$' }),
    );
    expect(html.match(/class="math-nobreak[^"]*"/g)).toHaveLength(2);
    expect(html).toMatch(/math-nobreak[^>]*>.*?katex.*?<\/span>,<\/span> we have/);
    expect(text(html)).toContain(', we have');
    expect(text(html)).toContain('. Done');
  });

  it('in one-line text (titles, quotes)', () => {
    const html = renderToString(createElement(MathInline, { text: 'Let $x$, then $y$.' }));
    expect(html.match(/class="math-nobreak[^"]*"/g)).toHaveLength(2);
    expect(text(html)).not.toContain(',,');
    expect(text(html)).toMatch(/, then /);
  });
});
