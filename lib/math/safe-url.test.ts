import { describe, expect, it } from 'vitest';
import { loadableImageUrl, safeLinkUrl } from './safe-url';

describe('safeLinkUrl', () => {
  it('keeps web, mail and relative links', () => {
    for (const url of [
      'https://a.org/x',
      'http://a.org',
      'mailto:a@b.c',
      '/page',
      '#sec',
      'docs/x.md',
    ]) {
      expect(safeLinkUrl(url)).toBe(url);
    }
  });

  it('refuses script and data schemes however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
    ]) {
      expect(safeLinkUrl(url)).toBeNull();
    }
  });
});

describe('loadableImageUrl', () => {
  it('accepts only absolute http(s)', () => {
    expect(loadableImageUrl('https://img.example/a.png')?.host).toBe('img.example');
    for (const url of [
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      '/local.png',
      'x.png',
    ]) {
      expect(loadableImageUrl(url)).toBeNull();
    }
  });
});
