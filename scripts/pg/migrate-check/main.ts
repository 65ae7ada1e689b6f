/**
 * `proofdesk migrate` on databases the e2e suite really wrote (issue 18: "copies a real
 * SQLite database made by the e2e suite with identical counts"). `npm test` runs it after the
 * SQLite e2e pass. For each file: a copy is migrated with the real command into a database of
 * a throwaway cluster; every table must have the same count in the file, in the command's
 * report and in Postgres; the event log must be the same rows, byte for byte; a second run
 * must copy 0.
 *
 *   npx tsx scripts/pg/migrate-check/main.ts data/e2e-3310/*.db
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCluster } from '../cluster';
import { checkCopy, type Report } from './check-copy';
import { withPg } from './stores';

const ROOT = path.resolve(__dirname, '../../..');

/** The command as a person runs it; its per-table lines as {table: [inSource, copied]}. */
function migrate(file: string, url: string): Report {
  const out = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/proofdesk.mjs'), 'migrate', '--from', `sqlite:${file}`, '--to', url],
    { encoding: 'utf8' },
  );
  if (out.status !== 0) throw new Error(`migrate exited ${out.status}: ${out.stderr}`);
  const lines = [...out.stdout.matchAll(/^(\w+) +(\d+) in source +(\d+) copied$/gm)];
  return Object.fromEntries(lines.map((m) => [m[1], [Number(m[2]), Number(m[3])]]));
}

/** A copy of the file with its WAL, so the check never writes into the suite's data. */
function copyOf(file: string, dir: string): string {
  fs.mkdirSync(dir);
  const copy = path.join(dir, path.basename(file));
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix);
  }
  return copy;
}

async function main(files: string[]) {
  if (!files.length) throw new Error('usage: migrate-check/main.ts <sqlite file>…');
  const cluster = await startCluster();
  if (!cluster) {
    console.warn('[migrate-check] SKIPPED: no PostgreSQL binaries (apt-get install postgresql).');
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-migrate-check-'));
  let failed = 0;
  let events = 0;
  try {
    for (const [i, file] of files.entries()) {
      const url = new URL(cluster.url);
      url.pathname = `/migrate_check_${i}`;
      await withPg(cluster.url, (c) => c.query(`CREATE DATABASE migrate_check_${i}`));
      const copy = copyOf(file, path.join(tmp, String(i)));
      const result = await checkCopy(copy, url.toString(), migrate);
      events += result.events;
      const verdict = result.problems.length ? 'FAILED' : 'ok';
      console.log(`${file}: ${result.summary}: ${verdict}`);
      for (const p of result.problems) console.log(`  - ${p}`);
      if (result.problems.length) failed++;
    }
  } finally {
    cluster.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // One check per file, and one that the event log compared was not empty (else it proved nothing).
  if (events === 0) {
    console.log('no file had run events: the byte-for-byte check saw nothing');
    failed++;
  }
  console.log(`migrate-check: ${files.length + 1 - failed} passed, ${failed} failed`);
  if (failed) process.exit(1);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
