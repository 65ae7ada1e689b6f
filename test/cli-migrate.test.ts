import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { populateDatabase } from './fixtures/populated-db';
import { withTempDb } from './fixtures/temp-db';
import { freshPgDatabase, testPgUrl } from './pg-database';

const BIN = path.join(path.resolve(__dirname, '..'), 'bin', 'proofdesk.mjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, 'migrate', ...args], { encoding: 'utf8' });

withTempDb();
let source = '';
beforeAll(async () => {
  await populateDatabase();
  source = process.env.PROOFDESK_DB as string;
  closeDb();
});

describe('proofdesk migrate (command line)', () => {
  it('explains its arguments when one is missing or not a sqlite:/postgres:// pair', () => {
    const out = run(['--from', source, '--to', 'postgres://h/db']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('Usage: proofdesk migrate --from sqlite:');
  });

  it('says so when the SQLite file does not exist, instead of copying an empty one', () => {
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pd-mig-')), 'none.db');
    const out = run(['--from', `sqlite:${missing}`, '--to', 'postgres://127.0.0.1:1/x']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`no SQLite database at ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it.runIf(Boolean(testPgUrl()))(
    'prints per-table counts, then copies 0 the second time',
    async () => {
      const url = (await freshPgDatabase()) as string;
      const first = run(['--from', `sqlite:${source}`, '--to', url]);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^sessions +1 in source +1 copied$/m);
      expect(first.stdout).toMatch(/^run_events +4 in source +4 copied$/m);
      expect(first.stdout).toMatch(/^\d+ tables, [1-9]\d* rows copied$/m);
      const second = run(['--from', `sqlite:${source}`, '--to', url]);
      expect(second.stdout).toMatch(/^run_events +4 in source +0 copied$/m);
      expect(second.stdout).toMatch(/^\d+ tables, 0 rows copied$/m);
    },
  );
});
