import { describe, expect, it } from 'vitest';
import { shellKey } from './shell-routes';

const request = (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const url = new URL(path, 'http://127.0.0.1:3000');
  return {
    method,
    headers: new Headers(headers),
    nextUrl: { pathname: url.pathname, search: url.search },
  };
};

describe('shellKey', () => {
  it('keys the workbench and the other client shells by their path', () => {
    expect(shellKey(request('/sessions/AbC_12-x'))).toBe('/sessions/AbC_12-x');
    for (const path of ['/', '/library', '/settings']) expect(shellKey(request(path))).toBe(path);
  });

  it('renders pages that read data, search parameters or sub-paths on the server', () => {
    for (const path of [
      '/sessions/abc/print',
      '/sessions/abc/replay',
      '/s/token',
      '/login',
      '/review',
      '/grades',
      '/sessions/abc?step=2',
      '/sessions/a%3Cb',
    ]) {
      expect(shellKey(request(path)), path).toBeNull();
    }
  });

  it('leaves client-side navigations, prefetches and non-GET requests to Next', () => {
    expect(shellKey(request('/sessions/abc', { RSC: '1' }))).toBeNull();
    expect(shellKey(request('/sessions/abc', { 'Next-Router-Prefetch': '1' }))).toBeNull();
    expect(shellKey(request('/sessions/abc?_rsc=5cb68'))).toBeNull();
    expect(shellKey(request('/library', { 'Next-Router-Segment-Prefetch': '/_tree' }))).toBeNull();
    expect(shellKey(request('/sessions/abc', { 'Next-Router-State-Tree': '%5B%5D' }))).toBeNull();
    expect(shellKey(request('/sessions/abc', {}, 'HEAD'))).toBeNull();
    expect(shellKey(request('/sessions/abc', { 'Next-Action': 'x' }, 'POST'))).toBeNull();
  });
});
