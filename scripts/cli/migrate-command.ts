import { parseArgs } from 'node:util';
import { migrateSqliteToPostgres } from '@/lib/db/pg/migrate-from-sqlite';

export const MIGRATE_USAGE = `Usage: proofdesk migrate --from sqlite:./data/proofdesk.db --to postgres://user@host:5432/db

  Copies everything in a SQLite database (sessions, rounds, findings, runs with their
  events, searches, library, grades, shares, ...) into a Postgres one, creating its tables
  first. Rows already there are skipped, so running it again copies 0. Prints per table how
  many rows the source has and how many were copied.`;

/** `proofdesk migrate`: one line per table on stdout, then a total. */
export async function runMigrate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  const from = values.from ?? '';
  const to = values.to ?? '';
  if (!from.startsWith('sqlite:') || !/^postgres(ql)?:\/\//.test(to)) {
    process.stderr.write(`${MIGRATE_USAGE}\n`);
    return 2;
  }
  let copied = 0;
  const counts = await migrateSqliteToPostgres({
    sqliteFile: from.slice('sqlite:'.length),
    postgresUrl: to,
    onTable: (c) => {
      copied += c.copied;
      process.stdout.write(
        `${c.table.padEnd(24)} ${String(c.inSource).padStart(8)} in source  ${String(c.copied).padStart(8)} copied\n`,
      );
    },
  });
  process.stdout.write(`${counts.length} tables, ${copied} rows copied\n`);
  return 0;
}
