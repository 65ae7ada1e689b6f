import { expect, test } from 'vitest';
import { importsUnder, isServerOnly } from './area-graph';

// The browser bundle must never pull in the database, keys or model endpoints: `next build`
// catches a client component that reaches server-only code, but only along paths it builds.
test('components/ and hooks/ import no server-only module (the DB, the engine, config)', () => {
  const wrong = [...importsUnder('components'), ...importsUnder('hooks')]
    .filter((i) => i.target && isServerOnly(i.target))
    .map((i) => `${i.file} imports ${i.specifier}`);
  expect(wrong).toEqual([]);
});

test('server code in lib/ never imports from components/ or hooks/', () => {
  const wrong = importsUnder('lib')
    .filter((i) => i.target && /^(components|hooks)\//.test(i.target))
    .map((i) => `${i.file} imports ${i.specifier}`);
  expect(wrong).toEqual([]);
});

test('the check resolves the DB entry and sees its server-only mark', () => {
  const db = importsUnder('lib/verification').find((i) => i.specifier === '@/lib/db');
  expect(db?.target).toBe('lib/db/index.ts');
  expect(isServerOnly('lib/db/index.ts')).toBe(true);
});
