import { eq } from 'drizzle-orm';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { conn } from './conn';
import { first } from './rows';
import { readSnapshot, transaction } from './transaction';

/** The one transaction API, the same assertions on SQLite and on Postgres. */
async function addLogin(idHash: string, expiresAt = 1) {
  const { db, t } = await conn();
  await db.insert(t.logins).values({ idHash, tokenTag: 'tag', createdAt: 0, expiresAt });
}
async function loginExpiry(idHash: string) {
  const { db, t } = await conn();
  const row = await first(db.select().from(t.logins).where(eq(t.logins.idHash, idHash)).limit(1));
  return row?.expiresAt;
}

describeOnBothBackends('transaction', (backend) => {
  it('commits what the body wrote, and the body sees its own writes through conn()', async () => {
    const seen = await transaction('test', async () => {
      await addLogin('commit');
      return loginExpiry('commit');
    });
    expect(seen).toBe(1);
    expect(await loginExpiry('commit')).toBe(1);
  });

  it('rolls everything back when the body throws', async () => {
    await expect(
      transaction('test', async () => {
        await addLogin('rollback');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await loginExpiry('rollback')).toBeUndefined();
  });

  it('nests as a savepoint: an inner failure caught by the outer body undoes only the inner', async () => {
    await transaction('outer', async () => {
      await addLogin('outer');
      await transaction('inner', async () => {
        await addLogin('inner');
        throw new Error('inner refused');
      }).catch(() => {});
    });
    expect(await loginExpiry('outer')).toBe(1);
    expect(await loginExpiry('inner')).toBeUndefined();
  });

  it('keeps concurrent read-modify-write sequences atomic (no lost update)', async () => {
    await addLogin('counter', 0);
    const increment = () =>
      transaction('increment', async (tx) => {
        const { t } = await conn();
        const now = (await loginExpiry('counter')) ?? 0;
        await tx
          .update(t.logins)
          .set({ expiresAt: now + 1 })
          .where(eq(t.logins.idHash, 'counter'));
      });
    await Promise.all(Array.from({ length: 8 }, increment));
    expect(await loginExpiry('counter')).toBe(8);
  });

  it.runIf(backend === 'postgres')(
    'readSnapshot reads one snapshot: a write committed by another connection meanwhile is not seen',
    async () => {
      const other = new pg.Client(process.env.PROOFDESK_DATABASE_URL);
      await other.connect();
      try {
        const [before, after] = await readSnapshot(async () => {
          const first = await loginExpiry('snapshot');
          await other.query(
            "INSERT INTO logins (id_hash, token_tag, created_at, expires_at) VALUES ('snapshot', 't', 0, 7)",
          );
          return [first, await loginExpiry('snapshot')];
        });
        expect([before, after]).toEqual([undefined, undefined]);
        expect(await loginExpiry('snapshot')).toBe(7);
      } finally {
        await other.end();
      }
    },
  );
});
