import { afterEach, describe, expect, it } from 'vitest';
import { isPublicPath, safeNextPath } from './paths';
import { configuredToken, cookieValueFor, isAuthorized, sameSecret } from './token';

const TOKEN = 'correct-horse-battery-staple-42';

describe('access token', () => {
  afterEach(() => {
    delete process.env.PROOFDESK_AUTH_TOKEN;
  });

  it('is off unless PROOFDESK_AUTH_TOKEN has a value', () => {
    expect(configuredToken()).toBeNull();
    process.env.PROOFDESK_AUTH_TOKEN = '   ';
    expect(configuredToken()).toBeNull();
    process.env.PROOFDESK_AUTH_TOKEN = ` ${TOKEN}\n`;
    expect(configuredToken()).toBe(TOKEN);
  });

  it('accepts the Bearer header or the login cookie, nothing else', () => {
    const cookie = cookieValueFor(TOKEN);
    expect(cookie).not.toContain(TOKEN);
    expect(isAuthorized(TOKEN, { authorization: `Bearer ${TOKEN}`, cookie: undefined })).toBe(true);
    expect(isAuthorized(TOKEN, { authorization: `bearer ${TOKEN} `, cookie: undefined })).toBe(
      true,
    );
    expect(isAuthorized(TOKEN, { authorization: null, cookie })).toBe(true);
    expect(isAuthorized(TOKEN, { authorization: 'Bearer wrong', cookie: undefined })).toBe(false);
    expect(isAuthorized(TOKEN, { authorization: TOKEN, cookie: undefined })).toBe(false);
    // The raw token is not a valid cookie, and another token's cookie is not either.
    expect(isAuthorized(TOKEN, { authorization: null, cookie: TOKEN })).toBe(false);
    expect(isAuthorized(TOKEN, { authorization: null, cookie: cookieValueFor('other') })).toBe(
      false,
    );
    expect(isAuthorized(TOKEN, { authorization: null, cookie: undefined })).toBe(false);
  });

  it('compares secrets of any length', () => {
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'ab')).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
  });
});

describe('paths', () => {
  it('leaves only the login form and share links open', () => {
    for (const p of ['/login', '/api/auth/login', '/api/auth/logout', '/s/abc', '/s/abc/replay']) {
      expect(isPublicPath(p), p).toBe(true);
    }
    for (const p of [
      '/',
      '/settings',
      '/sessions/x',
      '/api/sessions',
      '/api/shares/x',
      '/s',
      '/sx',
    ]) {
      expect(isPublicPath(p), p).toBe(false);
    }
  });

  it('only returns to a path on this site after signing in', () => {
    expect(safeNextPath('/sessions/abc?x=1')).toBe('/sessions/abc?x=1');
    for (const bad of [null, undefined, '', 'https://evil.example/', '//evil.example', '/\\evil']) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });
});
