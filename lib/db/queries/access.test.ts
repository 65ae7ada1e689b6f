import { beforeAll, expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { deleteExpiredLogins, deleteLogin, findLogin, insertLogin } from './logins';
import { createSession } from './sessions';
import { createShare, deleteShare, getShare, listShares } from './shares';

/** Share links and logins, the same assertions on SQLite and on Postgres. */
describeOnBothBackends('shares', () => {
  let sessionId = '';
  beforeAll(async () => {
    sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
  });

  it('creates, reads, lists newest first and revokes a link', async () => {
    const a = await createShare(sessionId);
    await new Promise((r) => setTimeout(r, 2));
    const b = await createShare(sessionId);
    expect(await getShare(a.token)).toEqual(a);
    expect((await listShares(sessionId)).map((s) => s.token)).toEqual([b.token, a.token]);
    expect(await deleteShare(a.token)).toBe(true);
    expect(await deleteShare(a.token)).toBe(false);
    expect(await getShare(a.token)).toBeUndefined();
  });
});

describeOnBothBackends('logins', () => {
  it('finds a login, signs it out once, and forgets expired ones with their count', async () => {
    await insertLogin({ idHash: 'live', tokenTag: 't', createdAt: 1, expiresAt: 5_000 });
    await insertLogin({ idHash: 'old1', tokenTag: 't', createdAt: 1, expiresAt: 10 });
    await insertLogin({ idHash: 'old2', tokenTag: 't', createdAt: 1, expiresAt: 20 });
    expect(await findLogin('live')).toEqual({
      idHash: 'live',
      tokenTag: 't',
      createdAt: 1,
      expiresAt: 5_000,
    });
    expect(await deleteExpiredLogins(20)).toBe(2);
    expect(await findLogin('old1')).toBeUndefined();
    expect(await deleteLogin('live')).toBe(true);
    expect(await deleteLogin('live')).toBe(false);
  });
});
