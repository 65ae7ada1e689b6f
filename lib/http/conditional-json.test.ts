import { describe, expect, it } from 'vitest';
import { conditionalJson, etagMatches } from './conditional-json';

const get = (ifNoneMatch?: string) =>
  new Request('http://x/api', { headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {} });

describe('conditionalJson', () => {
  it('sends the body with its tag, and 304 without a body to a client holding it', async () => {
    const full = conditionalJson(get(), '{"a":1}', 'W/"t1"');
    expect(full.status).toBe(200);
    expect(full.headers.get('etag')).toBe('W/"t1"');
    expect(full.headers.get('cache-control')).toBe('private, no-cache');
    expect(await full.json()).toEqual({ a: 1 });
    const same = conditionalJson(get('W/"t1"'), '{"a":1}', 'W/"t1"');
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(conditionalJson(get('W/"t0"'), '{"a":2}', 'W/"t1"').status).toBe(200);
  });

  it('compares tags weakly, in a list, and takes *', () => {
    expect(etagMatches('"t1"', 'W/"t1"')).toBe(true);
    expect(etagMatches('W/"t0", W/"t1"', 'W/"t1"')).toBe(true);
    expect(etagMatches('*', 'W/"t1"')).toBe(true);
    expect(etagMatches('W/"t10"', 'W/"t1"')).toBe(false);
    expect(etagMatches(null, 'W/"t1"')).toBe(false);
  });
});
