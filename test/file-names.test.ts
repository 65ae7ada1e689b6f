import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

/** kebab-case modules; PascalCase only for React components (and their tests and styles). */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9-]+)*\.(ts|tsx|mts|mjs|css)$/;
const COMPONENT = /^[A-Z][A-Za-z0-9]*(\.module|\.test)?\.(tsx|ts|css)$/;

test('source files are named in one style', () => {
  const root = path.resolve(__dirname, '..');
  const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mts', '*.mjs', '*.css'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  const odd = files.filter((f) => {
    const name = path.basename(f);
    return !KEBAB.test(name) && !COMPONENT.test(name);
  });
  expect(odd).toEqual([]);
});
