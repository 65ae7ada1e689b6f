/**
 * Runs a DB-layer test suite once per backend: SQLite in a temp file, and Postgres in a
 * fresh database of the run's throwaway cluster (test/pg-global-setup.ts). The Postgres
 * variant is skipped, named as such, when the run has no Postgres.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { BackendKind } from '@/lib/db/conn';
import { closePg } from '@/lib/db/pg/handle';
import { closeRunChannels } from '@/lib/db/run-channels';
import { withTempDb } from './fixtures/temp-db';
import { freshPgDatabase, testPgUrl } from './pg-database';

function withTempPg(): void {
  let before: string | undefined;
  beforeAll(async () => {
    before = process.env.PROOFDESK_DATABASE_URL;
    process.env.PROOFDESK_DATABASE_URL = (await freshPgDatabase()) as string;
  });
  afterAll(async () => {
    await closeRunChannels();
    await closePg();
    if (before === undefined) delete process.env.PROOFDESK_DATABASE_URL;
    else process.env.PROOFDESK_DATABASE_URL = before;
  });
}

export function describeOnBothBackends(name: string, suite: (backend: BackendKind) => void) {
  describe(`${name} [sqlite]`, () => {
    withTempDb();
    suite('sqlite');
  });
  describe.runIf(Boolean(testPgUrl()))(`${name} [postgres]`, () => {
    withTempPg();
    suite('postgres');
  });
}
