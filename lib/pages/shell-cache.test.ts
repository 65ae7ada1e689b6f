import { afterEach, describe, expect, it, vi } from 'vitest';
import { newNonce } from '@/lib/security/csp';
import { cachedShell, fillShell, PLACEHOLDER_NONCE, type Shell } from './shell-cache';

const shellOf = (text: string): Shell => ({
  html: `<script nonce="${PLACEHOLDER_NONCE}">${text}</script>{"nonce":"${PLACEHOLDER_NONCE}"}`,
  headers: [['content-type', 'text/html; charset=utf-8']],
});

let n = 0;
const key = () => `/sessions/test-${++n}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('cachedShell', () => {
  it('renders a URL once for many concurrent requests, then serves it from memory', async () => {
    const k = key();
    const render = vi.fn(async () => shellOf('a'));
    const first = await Promise.all(Array.from({ length: 50 }, () => cachedShell(k, render)));
    const later = await cachedShell(k, render);
    expect(render).toHaveBeenCalledTimes(1);
    expect(new Set([...first, later]).size).toBe(1);
    expect(later?.html).toContain('a</script>');
  });

  it('keeps no failed render: the next request tries again', async () => {
    const k = key();
    const broken = vi.fn(async (): Promise<Shell | null> => {
      throw new Error('server busy');
    });
    expect(await cachedShell(k, broken)).toBeNull();
    const refused = vi.fn(async () => null);
    expect(await cachedShell(k, refused)).toBeNull();
    const render = vi.fn(async () => shellOf('b'));
    expect((await cachedShell(k, render))?.html).toContain('b</script>');
    expect([broken, refused, render].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('renders a shell again once it is five minutes old', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const k = key();
    const render = vi.fn(async () => shellOf('c'));
    await cachedShell(k, render);
    vi.advanceTimersByTime(4 * 60_000);
    await cachedShell(k, render);
    expect(render).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * 60_000);
    await cachedShell(k, render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe('fillShell', () => {
  it('gives every response its own nonce in every place the placeholder was', () => {
    const shell = shellOf('e');
    const [a, b] = [newNonce(), newNonce()];
    const pageA = fillShell(shell, a);
    const pageB = fillShell(shell, b);
    expect(pageA).not.toContain(PLACEHOLDER_NONCE);
    expect(pageA.split(a)).toHaveLength(3);
    expect(pageB.split(b)).toHaveLength(3);
    expect(pageB).not.toContain(a);
  });

  it("puts each value in its placeholder's places", () => {
    const shell = { html: '["sessions","ID1"] {"sessionId":"ID1"}', headers: [] };
    expect(fillShell(shell, newNonce(), { ID1: 'abc' })).toBe(
      '["sessions","abc"] {"sessionId":"abc"}',
    );
  });

  it('uses a placeholder that is a real nonce: 128 random bits, base64', () => {
    expect(Buffer.from(PLACEHOLDER_NONCE, 'base64')).toHaveLength(16);
  });
});
