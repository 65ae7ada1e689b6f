/**
 * One file's migration, checked: counts agree everywhere, the event log is identical, and
 * a second run copies nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { pgCounts, pgEvents, sqliteCounts, sqliteEvents, sqliteTables } from './stores';

/** `proofdesk migrate`'s report: per table, [rows in the source, rows copied]. */
export type Report = Record<string, [number, number]>;

export async function checkCopy(
  file: string,
  url: string,
  migrate: (file: string, url: string) => Report,
): Promise<{ summary: string; events: number; problems: string[] }> {
  const problems: string[] = [];
  const tables = sqliteTables(file);
  const inFile = sqliteCounts(file, tables);
  const first = migrate(file, url);
  const missing = tables.filter((t) => !(t in first));
  if (missing.length) problems.push(`not copied at all: ${missing.join(', ')}`);
  const inPg = await pgCounts(
    url,
    tables.filter((t) => t in first),
  );
  for (const t of tables.filter((t) => t in first)) {
    const [inSource, copied] = first[t];
    if (new Set([inFile[t], inSource, copied, inPg[t]]).size !== 1)
      problems.push(
        `${t}: ${inFile[t]} in the file, ${inSource} in source / ${copied} copied reported, ${inPg[t]} in Postgres`,
      );
  }
  const lite = sqliteEvents(file);
  const copiedEvents = await pgEvents(url);
  if (!isDeepStrictEqual(lite, copiedEvents)) {
    const at = lite.findIndex((e, i) => !isDeepStrictEqual(e, copiedEvents[i]));
    problems.push(
      `event log differs (${lite.length} vs ${copiedEvents.length} rows; first at row ${at})`,
    );
  }
  const again = Object.entries(migrate(file, url)).filter(([, [, copied]]) => copied > 0);
  if (again.length)
    problems.push(`second run copied rows into ${again.map(([t]) => t).join(', ')}`);
  const rows = Object.values(inFile).reduce((a, b) => a + b, 0);
  return {
    summary: `${tables.length} tables, ${rows} rows, ${lite.length} events compared byte for byte, second run copied ${again.length ? 'some' : '0'}`,
    events: lite.length,
    problems,
  };
}
