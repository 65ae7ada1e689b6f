import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { openSqliteFile } from '../client';
import { openPg } from './client';
import { copySqliteToPg, type TableCount } from './copy-from-sqlite';

/**
 * `proofdesk migrate`: brings both databases to the current schema (each by its own
 * migrations, as the app would on start), then copies every row the target lacks.
 */
export async function migrateSqliteToPostgres(input: {
  sqliteFile: string;
  postgresUrl: string;
  onTable?: (count: TableCount) => void;
}): Promise<TableCount[]> {
  const file = path.resolve(input.sqliteFile);
  // Opening a missing file would create an empty database and "copy" nothing.
  if (!fs.existsSync(file)) throw new Error(`no SQLite database at ${file}`);
  const source = openSqliteFile(file);
  try {
    const target = await openPg(input.postgresUrl);
    try {
      return await copySqliteToPg(source, target.$client, input.onTable);
    } finally {
      await target.$client.end();
    }
  } finally {
    source.$client.close();
  }
}
