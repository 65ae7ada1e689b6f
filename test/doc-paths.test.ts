import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOCS = [
  'README.md',
  ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`),
].filter((f) => f.endsWith('.md'));
/** A repository path in backticks: `lib/runs/engine/start-job.ts`, `docs/BENCHMARKS.md`. */
const PATH_IN_CODE =
  /`((?:lib|components|app|hooks|e2e|scripts|bench|test|docs|public|\.ci)\/[\w./[\]-]+)`/g;

// Renames leave documentation pointing at files that moved; a reader then finds nothing.
test.each(DOCS)('every repository path %s names exists', (doc) => {
  const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
  const missing = [...text.matchAll(PATH_IN_CODE)]
    .map((m) => m[1].replace(/[.:]$/, ''))
    .filter((p) => !fs.existsSync(path.join(ROOT, p)));
  expect(missing).toEqual([]);
});
