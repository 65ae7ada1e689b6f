import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SESSION_ID, shellFor } from './shell-routes';

const request = (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const url = new URL(path, 'http://127.0.0.1:3000');
  return {
    method,
    headers: new Headers(headers),
    nextUrl: { pathname: url.pathname, search: url.search },
  };
};
const ID = 'AbC_12-xAbC_12-xAbC_1z';

describe('shellFor', () => {
  it('serves every workbench from one shell, rendered for a stand-in id', () => {
    expect(shellFor(request(`/sessions/${ID}`))).toEqual({
      path: `/sessions/${PLACEHOLDER_SESSION_ID}`,
      values: { [PLACEHOLDER_SESSION_ID]: ID },
    });
    expect(PLACEHOLDER_SESSION_ID).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
    expect(PLACEHOLDER_SESSION_ID).not.toBe(ID);
  });

  it('serves the other client shells by their path', () => {
    for (const path of ['/library', '/settings']) {
      expect(shellFor(request(path))).toEqual({ path, values: {} });
    }
  });

  it('renders pages that read data, search parameters or sub-paths on the server', () => {
    for (const path of [
      `/sessions/${ID}/print`,
      `/sessions/${ID}/replay`,
      '/s/token',
      '/login',
      // Home reads its first page of sessions as it renders.
      '/',
      '/review',
      '/grades',
      `/sessions/${ID}?step=2`,
      // Not an id's shape: rendered, so nothing unescaped is ever put into a shell.
      '/sessions/short',
      `/sessions/${ID.slice(0, 21)}%3C`,
    ]) {
      expect(shellFor(request(path)), path).toBeNull();
    }
  });

  it('leaves client-side navigations, prefetches and non-GET requests to Next', () => {
    const page = `/sessions/${ID}`;
    expect(shellFor(request(page, { RSC: '1' }))).toBeNull();
    expect(shellFor(request(page, { 'Next-Router-Prefetch': '1' }))).toBeNull();
    expect(shellFor(request(`${page}?_rsc=5cb68`))).toBeNull();
    expect(shellFor(request('/library', { 'Next-Router-Segment-Prefetch': '/_tree' }))).toBeNull();
    expect(shellFor(request(page, { 'Next-Router-State-Tree': '%5B%5D' }))).toBeNull();
    expect(shellFor(request(page, {}, 'HEAD'))).toBeNull();
    expect(shellFor(request(page, { 'Next-Action': 'x' }, 'POST'))).toBeNull();
  });
});
