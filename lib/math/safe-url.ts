const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Characters browsers ignore inside a scheme (`java\tscript:`), removed before checking it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * The URL a link may point at, or null for `javascript:`, `data:`, `vbscript:` and every other
 * scheme that is not plain http(s) or mail. Relative URLs stay links.
 */
export function safeLinkUrl(url: string): string | null {
  const scheme = SCHEME.exec(url.replace(IGNORED, ''));
  if (!scheme) return url.trim() === '' ? null : url;
  return LINK_SCHEMES.has(scheme[1].toLowerCase()) ? url : null;
}

/** An image URL that may be loaded on request: absolute http(s) only. */
export function loadableImageUrl(url: string): URL | null {
  try {
    const parsed = new URL(url.replace(IGNORED, ''));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
