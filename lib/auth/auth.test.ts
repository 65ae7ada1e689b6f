import { afterEach, describe, expect, it } from 'vitest';
import { withTempDb } from '@/test/fixtures/temp-db';
import { isPublicPath, safeNextPath } from './paths';
import { bearerMatches, configuredToken, sameSecret, tokenProblem } from './token';

const TOKEN = 'correct-horse-battery-staple-42';
withTempDb();

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

  it('refuses a token shorter than 16 characters, failing closed', () => {
    expect(tokenProblem('x'.repeat(15))).toMatch(/15 characters.*at least 16/);
    expect(tokenProblem('x'.repeat(16))).toBeNull();
    process.env.PROOFDESK_AUTH_TOKEN = 'short-token';
    expect(() => configuredToken()).toThrow(/at least 16/);
  });

  it('takes the Bearer header with the token, nothing else', () => {
    expect(bearerMatches(TOKEN, `Bearer ${TOKEN}`)).toBe(true);
    expect(bearerMatches(TOKEN, `bearer ${TOKEN} `)).toBe(true);
    expect(bearerMatches(TOKEN, 'Bearer wrong')).toBe(false);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerMatches(TOKEN, null)).toBe(false);
  });

  it('compares secrets of any length', () => {
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'ab')).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
  });
});

describe('login sessions (server-side, in SQLite)', () => {
  it('a login is a random id that works until logout, expiry or a new token', async () => {
    const { endLogin, isLoginValid, loginCookie, startLogin } = await import('./logins');
    const a = await startLogin(TOKEN, 1_000);
    const b = await startLogin(TOKEN, 1_000);
    expect(a).not.toBe(b);
    expect(a).not.toContain(TOKEN);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(await isLoginValid(TOKEN, a, 2_000)).toBe(true);
    expect(await isLoginValid(TOKEN, 'made-up', 2_000)).toBe(false);
    expect(await isLoginValid(TOKEN, undefined, 2_000)).toBe(false);
    // Expiry: 30 days.
    expect(await isLoginValid(TOKEN, a, 1_000 + 30 * 86_400_000 - 1)).toBe(true);
    expect(await isLoginValid(TOKEN, a, 1_000 + 30 * 86_400_000)).toBe(false);
    // Another token signs everyone out.
    expect(await isLoginValid('another-token-0123456789', a, 2_000)).toBe(false);
    // Logout ends that login (a replayed cookie is refused), and only that one.
    await endLogin(a);
    expect(await isLoginValid(TOKEN, a, 2_000)).toBe(false);
    expect(await isLoginValid(TOKEN, b, 2_000)).toBe(true);

    expect(loginCookie('abc', false)).toBe(
      'proofdesk_auth=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000',
    );
    expect(loginCookie('abc', true)).toMatch(/; Secure$/);
    expect(loginCookie(null, false)).toMatch(/^proofdesk_auth=; .*Max-Age=0/);
  });

  it('stores only a hash of the id', async () => {
    const { startLogin } = await import('./logins');
    const id = await startLogin(TOKEN);
    const { getDb } = await import('@/lib/db/client');
    const rows = getDb().$client.prepare('SELECT * FROM logins').all();
    expect(JSON.stringify(rows)).not.toContain(id);
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
    expect(safeNextPath('/a/../b#f')).toBe('/b#f');
    for (const bad of [
      null,
      undefined,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example', // a tab: browsers drop it, leaving //evil.example
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      '/\\/evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(bad), JSON.stringify(bad)).toBe('/');
    }
  });
});

describe('the author of a reply', () => {
  afterEach(() => {
    delete process.env.PROOFDESK_AUTH_TOKEN;
  });
  const req = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1/api/findings/x/replies', { method: 'POST', headers });

  it('is nobody without sign-in, a stable tag per login with it, and "API" for the bearer', async () => {
    const { requestAuthor } = await import('./author');
    const { startLogin } = await import('./logins');
    expect(requestAuthor(req({ cookie: 'proofdesk_login=abc' }))).toBeNull();
    process.env.PROOFDESK_AUTH_TOKEN = TOKEN;
    const one = await startLogin(TOKEN);
    const two = await startLogin(TOKEN);
    const { AUTH_COOKIE } = await import('./token');
    const as = (id: string) => requestAuthor(req({ cookie: `${AUTH_COOKIE}=${id}` }));
    expect(as(one)).toMatch(/^reviewer [\w-]{6}$/);
    expect(as(one)).toBe(as(one));
    expect(as(one)).not.toBe(as(two));
    // The tag never shows the cookie itself.
    expect(as(one)).not.toContain(one.slice(0, 6));
    expect(requestAuthor(req({ authorization: `Bearer ${TOKEN}` }))).toBe('API');
  });
});
