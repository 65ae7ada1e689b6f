import { createElement, isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cachedMarkdown } from './markdown-cache';

describe('cachedMarkdown', () => {
  it('parses a block once: the same text gives back the same elements', () => {
    const first = cachedMarkdown('Some *emphasis* and a [link](https://example.org).', 't', {});
    const again = cachedMarkdown('Some *emphasis* and a [link](https://example.org).', 't', {});
    expect(isValidElement(first)).toBe(true);
    expect(again).toBe(first);
    expect(renderToStaticMarkup(first)).toContain('<em>emphasis</em>');
  });

  it('keeps option sets apart by their variant name', () => {
    const plain = cachedMarkdown('a\nb', 'plain', {});
    const other = cachedMarkdown('a\nb', 'other', {
      components: { p: ({ children }) => createElement('section', null, children) },
    });
    expect(other).not.toBe(plain);
    expect(renderToStaticMarkup(plain)).toContain('<p>');
    expect(renderToStaticMarkup(other)).toContain('<section>');
  });
});
