import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache';

function db() {
  const client = new Database(':memory:');
  cacheStatements(client, 2);
  client.exec('CREATE TABLE t (a, b); INSERT INTO t VALUES (1, 2), (3, 4)');
  return client;
}

describe('cacheStatements', () => {
  it('hands out the compiled statement again, with the modes a caller set reset', () => {
    const client = db();
    const first = client.prepare('SELECT a, b FROM t ORDER BY a');
    expect(first.raw().all()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const again = client.prepare('SELECT a, b FROM t ORDER BY a');
    expect(again).toBe(first);
    expect(again.all()).toEqual([
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ]);
    expect(client.prepare('SELECT a, b FROM t ORDER BY a').pluck().get()).toBe(1);
    expect(client.prepare('SELECT a, b FROM t ORDER BY a').get()).toEqual({ a: 1, b: 2 });
  });

  it('compiles a fresh statement while the held one is being iterated', () => {
    const client = db();
    const sql = 'SELECT a FROM t ORDER BY a';
    const seen: unknown[] = [];
    for (const row of client.prepare(sql).iterate()) {
      const inner = client.prepare(sql);
      seen.push(row, inner.all().length);
    }
    expect(seen).toEqual([{ a: 1 }, 2, { a: 3 }, 2]);
  });

  it('holds at most `max` statements, the least recently used go first', () => {
    const client = db();
    const a = client.prepare('SELECT 1');
    const b = client.prepare('SELECT 2');
    client.prepare('SELECT 1');
    client.prepare('SELECT 3');
    expect(client.prepare('SELECT 1')).toBe(a);
    expect(client.prepare('SELECT 2')).not.toBe(b);
  });
});
