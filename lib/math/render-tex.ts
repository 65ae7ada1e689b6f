import katex from 'katex';
import { katexOptions } from './katex-options';
import { LruCache } from './lru-cache';
import { texGuardError } from './tex-guards';

export type TexRender = { html: string } | { error: string; source: string };

/** Distinct formulas kept; a 100,000-character proof holds about 2,000. */
const CACHE_CAPACITY = 5_000;
const cache = new LruCache<string, TexRender>(CACHE_CAPACITY);

/**
 * Renders one formula to KaTeX HTML. Never throws: any failure — a ParseError, a RangeError
 * from deep nesting, anything else — comes back as `{ error, source }` so the caller can show
 * the source as text. Results are cached by (tex, displayMode), so a streamed document re-renders
 * finished formulas for free.
 */
export function renderTex(tex: string, displayMode: boolean): TexRender {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = renderUncached(tex, displayMode);
  cache.set(key, result);
  return result;
}

function renderUncached(tex: string, displayMode: boolean): TexRender {
  const guard = texGuardError(tex);
  if (guard) return { error: guard, source: tex };
  try {
    return { html: katex.renderToString(tex, katexOptions(displayMode)) };
  } catch (err) {
    return { error: errorMessage(err), source: tex };
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof RangeError) return 'Formula too complex to render (nesting too deep)';
  const message = err instanceof Error ? err.message : String(err);
  // KaTeX appends the formula with combining underlines; the source is shown anyway.
  return message.replace(/( at position \d+):[\s\S]*$/, '$1').replace(/^KaTeX parse error: /, '');
}

/** For tests and benchmarks that must measure cold renders. */
export function clearTexCache(): void {
  cache.clear();
}
