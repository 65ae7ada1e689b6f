import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withTempDb } from '@/test/fixtures/temp-db';
import { withBulkTransaction } from './chunked-transaction';
import { getDb } from './client';
import { conn } from './conn';
import { logins } from './schema';
import { durableTransaction, transaction } from './transaction';
import { setWriteFaultForTests } from './write-fault';

/**
 * The SQLite side of `transaction`: one async transaction at a time on the shared
 * connection, never interleaved with another request's statements, and a body that leaves
 * its macrotask is refused (outside production) rather than committed half-isolated.
 */
withTempDb();
afterEach(() => setWriteFaultForTests(null));

const hasLogin = (idHash: string) =>
  getDb().select().from(logins).where(eq(logins.idHash, idHash)).get() !== undefined;

async function addLogin(idHash: string) {
  const { db, t } = await conn();
  await db.insert(t.logins).values({ idHash, tokenTag: 'tag', createdAt: 0, expiresAt: 1 });
}

describe('SQLite async transaction', () => {
  it('refuses and rolls back a body that awaits a timer', async () => {
    await expect(
      transaction('slow', async () => {
        await addLogin('timer');
        await new Promise((r) => setTimeout(r, 5));
      }),
    ).rejects.toThrow(/slow transaction awaited something other than a database statement/);
    expect(hasLogin('timer')).toBe(false);
  });

  it('runs concurrent transactions one after the other, each whole', async () => {
    const order: string[] = [];
    const tx = (name: string) =>
      transaction(name, async () => {
        order.push(`${name} begin`);
        await addLogin(`${name}-1`);
        await addLogin(`${name}-2`);
        order.push(`${name} end`);
      });
    await Promise.all([tx('a'), tx('b'), tx('c')]);
    expect(order).toEqual(['a begin', 'a end', 'b begin', 'b end', 'c begin', 'c end']);
    expect(['a-2', 'b-2', 'c-2'].every(hasLogin)).toBe(true);
  });

  it('reports a statement from outside the body that lands inside the open transaction', async () => {
    // Both chains start in one macrotask: the outsider's microtasks run between the body's
    // awaits, and its statement lands in the open transaction, the interleaving the guard
    // exists to catch.
    const inside = transaction('guarded', async () => {
      for (let i = 0; i < 5; i++) await addLogin(`insider-${i}`);
    });
    const outsider = (async () => {
      for (let i = 0; i < 1000 && !getDb().$client.inTransaction; i++) await null;
      await addLogin('outsider');
    })();
    await inside;
    await expect(outsider).rejects.toThrow(/from outside an open transaction ran inside it/);
    expect(hasLogin('outsider')).toBe(false);
  });

  it('commits a durable transaction with synchronous=FULL, and restores NORMAL after', async () => {
    const seen: number[] = [];
    setWriteFaultForTests(() => {
      seen.push(getDb().$client.pragma('synchronous', { simple: true }) as number);
    });
    await durableTransaction('decision', () => addLogin('durable'));
    expect(seen).toEqual([2]); // FULL
    expect(getDb().$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });

  it('inside a bulk import: a plain transaction joins it, a durable one waits for its commit', async () => {
    let finishImport = () => {};
    const imported = withBulkTransaction(
      () =>
        new Promise<void>((resolve) => {
          finishImport = resolve;
        }),
    );
    await new Promise((r) => setImmediate(r)); // the import's BEGIN has run
    const events: string[] = [];
    await transaction('prompt', () => addLogin('joined'));
    events.push('joined');
    const durable = durableTransaction('grade', () => addLogin('after-import')).then(() =>
      events.push('durable'),
    );
    await new Promise((r) => setTimeout(r, 20));
    events.push('import commits');
    finishImport();
    await imported;
    await durable;
    expect(events).toEqual(['joined', 'import commits', 'durable']);
    expect(hasLogin('joined') && hasLogin('after-import')).toBe(true);
  });
});
