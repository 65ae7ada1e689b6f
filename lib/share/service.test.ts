import { describe, expect, it } from 'vitest';
import { createSession } from '@/lib/db';
import { withTempDb } from '@/test/fixtures/temp-db';
import { revokeShare, sessionShares, sharedReadOnlyView, shareSession } from './service';

withTempDb();

describe('share links', () => {
  it('makes an unguessable read-only link that shows the session until revoked', async () => {
    const id = await createSession({ problem: 'Prove $1 + 1 = 2$.', title: 'Arithmetic' });
    const share = await shareSession(id);
    // 128 random bits, base64url.
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(share.url).toBe(`/s/${share.token}`);
    expect((await shareSession(id)).token).not.toBe(share.token);
    const view = await sharedReadOnlyView(share.token);
    expect(view).toMatchObject({ title: 'Arithmetic', problem: 'Prove $1 + 1 = 2$.', rounds: [] });
    // The view carries no ids, runs or model names.
    expect(JSON.stringify(view)).not.toContain(id);
    expect((await sessionShares(id)).length).toBe(2);
    await revokeShare(share.token);
    expect(await sharedReadOnlyView(share.token)).toBeNull();
    await expect(revokeShare(share.token)).rejects.toThrow(/not found/);
    expect(await sharedReadOnlyView('../../etc/passwd')).toBeNull();
    await expect(shareSession('missing')).rejects.toThrow(/not found/);
  });
});
