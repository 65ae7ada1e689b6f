import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/lib/db';

/** Points the DB module at a fresh SQLite file for one test file (migrations run on open). */
export function withTempDb(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-i6-'));
  beforeAll(() => {
    closeDb();
    process.env.PROOFDESK_DB = path.join(dir, 'test.db');
  });
  afterAll(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
