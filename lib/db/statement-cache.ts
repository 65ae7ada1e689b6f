import 'server-only';
import type Database from 'better-sqlite3';

/**
 * Keeps the connection's compiled statements, by SQL text, so a query that runs again is not
 * compiled again. drizzle asks better-sqlite3 to `prepare` each statement on every call: a
 * session's JSON is a dozen statements, and compiling them was the fourth largest entry of
 * the server's profile under load (docs/BENCHMARKS.md, issue 21). The query API is
 * unchanged, so the same code runs on Postgres, where the driver does its own caching.
 *
 * A statement is handed out again only when it is not being iterated, and with the modes a
 * caller may have set on it (`raw`, `pluck`, `expand`: drizzle sets `raw` for its selects)
 * reset, so every caller gets what a fresh `prepare` would give. The least recently used go
 * once `max` are held (`inArray` makes a new SQL text per list length).
 */
export function cacheStatements(client: Database.Database, max = 500): void {
  const compile = client.prepare.bind(client);
  const held = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const stmt = held.get(source);
    if (stmt && !stmt.busy) {
      held.delete(source);
      held.set(source, stmt);
      if (stmt.reader) stmt.raw(false).pluck(false).expand(false);
      return stmt;
    }
    const fresh = compile(source);
    if (!stmt) {
      held.set(source, fresh);
      if (held.size > max) held.delete(held.keys().next().value as string);
    }
    return fresh;
  };
  client.prepare = prepare as typeof client.prepare;
}
