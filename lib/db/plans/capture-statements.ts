import type Database from 'better-sqlite3';

export type Captured = { sql: string; args: unknown[] };

/**
 * Records every statement a piece of code runs on the connection, with its bound values, so
 * a test can ask SQLite how it planned each one. Restores the connection after.
 */
export async function captureStatements(
  client: Database.Database,
  run: () => Promise<unknown>,
): Promise<Captured[]> {
  const captured: Captured[] = [];
  const prepare = client.prepare;
  client.prepare = ((source: string) => {
    const stmt = prepare.call(client, source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = stmt[method] as (...a: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        captured.push({ sql: source, args });
        return original.apply(stmt, args);
      };
    }
    return stmt;
  }) as typeof client.prepare;
  try {
    await run();
  } finally {
    client.prepare = prepare;
  }
  return captured;
}

const WATCHED = ['sessions', 'rounds', 'findings'];

/**
 * The lines of a query plan that read all of sessions, rounds or findings row by row (`SCAN t`
 * with no index). A walk of an index (`SCAN s USING INDEX …`, stopped by the page's LIMIT) and a
 * count over a covering index are not flagged; a temp B-tree sort would need such a scan.
 */
export function fullScans(sql: string, plan: { detail: string }[]): string[] {
  const names = new Set(WATCHED);
  const alias = /\b(sessions|rounds|findings)["`]?\s+(?:as\s+)?["`]?(\w+)/gi;
  for (const m of sql.matchAll(alias)) {
    if (!/^(where|on|join|left|inner|order|group|limit|set|using)$/i.test(m[2])) names.add(m[2]);
  }
  return plan
    .map((p) => p.detail)
    .filter((d) => {
      const m = /^SCAN (\S+)/.exec(d);
      return !!m && names.has(m[1].replace(/["`]/g, '')) && !/USING (COVERING )?INDEX/.test(d);
    });
}
