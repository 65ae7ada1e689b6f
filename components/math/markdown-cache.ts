import type { ReactElement } from 'react';
import Markdown, { type Options } from 'react-markdown';
import { LruCache } from '@/lib/math/lru-cache';

/** Distinct blocks kept: a 100,000-character proof is about 1,500. */
const CAPACITY = 5_000;
const cache = new LruCache<string, ReactElement>(CAPACITY);

/**
 * One block of Markdown as React elements, parsed once per distinct text (and option set):
 * parsing is the costly part of rendering a proof (micromark ~10 ms per 1,000 characters), and
 * a block is rendered again whenever its component is (a chunk that moves, a streamed
 * preview's render started over). Elements are immutable descriptions, so one can be reused.
 * `variant` names the option set; the same variant must always come with the same options.
 */
export function cachedMarkdown(markdown: string, variant: string, options: Options): ReactElement {
  const key = `${variant}\u0000${markdown}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const element = Markdown({ ...options, children: markdown });
  cache.set(key, element);
  return element;
}
