import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The query modules converted to the one API (`conn()`, `transaction()`), whose tests run on
 * SQLite and Postgres. Written once, they must not reach for SQLite-only ways: the shared
 * better-sqlite3 handle, its synchronous executors, or the SQLite tables themselves (which
 * would render SQLite SQL on Postgres). docs/POSTGRES.md lists the same modules.
 */
const CONVERTED = [
  'queries/autopilot-runs.ts',
  'queries/calibration.ts',
  'queries/checker-sweep.ts',
  'queries/checker.ts',
  'queries/findings.ts',
  'queries/grades-page.ts',
  'queries/grades.ts',
  'queries/import-bulk.ts',
  'queries/list-search.ts',
  'queries/logins.ts',
  'queries/model-calls.ts',
  'queries/part-verifications.ts',
  'queries/person-findings.ts',
  'queries/problems.ts',
  'queries/prompts.ts',
  'queries/references.ts',
  'queries/replies.ts',
  'queries/review.ts',
  'queries/rounds.ts',
  'queries/rubrics.ts',
  'queries/run-list-state.ts',
  'queries/run-progress.ts',
  'queries/run-prompt-summary.ts',
  'queries/runs.ts',
  'queries/search.ts',
  'queries/session-delete.ts',
  'queries/session-dump.ts',
  'queries/session-list.ts',
  'queries/session-restore.ts',
  'queries/sessions.ts',
  'queries/shares.ts',
  'queries/verification-read.ts',
  'queries/verification-record.ts',
  'queries/verification-settings.ts',
  'queries/verification.ts',
];

const SQLITE_ONLY: [RegExp, string][] = [
  [/from '\.\.\/client'/, 'imports the SQLite client'],
  [/\bgetDb\(/, 'calls getDb()'],
  [/\$client/, 'uses the driver handle'],
  [/\.(get|all|run)\(\)/, 'uses a synchronous executor'],
  [/^import \{[^}]*\} from '\.\.\/schema'/m, 'imports SQLite tables as values'],
];

describe('modules converted to both backends', () => {
  it.each(CONVERTED)('%s uses only the one query API', (file) => {
    const source = fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
    const found = SQLITE_ONLY.filter(([pattern]) => pattern.test(source)).map(([, what]) => what);
    expect(found).toEqual([]);
  });

  it('the list of converted modules in docs/POSTGRES.md matches', () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../docs/POSTGRES.md'), 'utf8');
    for (const file of CONVERTED) expect(doc).toContain(`lib/db/${file}`);
  });
});
