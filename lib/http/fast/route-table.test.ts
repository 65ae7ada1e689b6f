import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAST_ROUTES, matchFastRoute } from './route-table';

const APP = path.resolve(import.meta.dirname, '../../../app');

/** Every route.ts and page.tsx under app/, as `app/...` paths. */
function appFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return appFiles(full);
    return /^(route\.ts|page\.tsx)$/.test(e.name) ? [path.relative(path.dirname(APP), full)] : [];
  });
}

/** A URL path the file answers: route groups dropped, each [param] given a plain value. */
function samplePath(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? 'AbCdEfGhIjKlMnOpQrStUv' : s));
  return `/${segments.join('/')}`;
}

describe('the fast routes answer exactly the app files they stand for', () => {
  const files = appFiles();

  it('finds the app', () => {
    expect(files).toContain('app/api/sessions/[id]/route.ts');
  });

  it.each(files)('%s', (file) => {
    const match = matchFastRoute('GET', samplePath(file));
    const standsFor = FAST_ROUTES.find((r) => r.standsFor.includes(file));
    // A path Next routes to another file must never be taken by a fast route, and each
    // file a fast route stands for must be reached by it.
    expect(match?.route.name).toBe(standsFor?.name);
  });

  it('names only files that exist', () => {
    for (const route of FAST_ROUTES) for (const f of route.standsFor) expect(files).toContain(f);
  });
});
