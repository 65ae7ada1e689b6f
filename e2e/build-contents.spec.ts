import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/env';
import { expect, test } from './support/fixtures';

const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next');

/** What the production build that `npm run serve` ships contains, and what it must not. */
test('the production build ships no benchmark-only page', async ({ request }) => {
  const routes = JSON.parse(
    fs.readFileSync(path.join(DIST, 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  expect(Object.values(routes)).toContain('/sessions/[id]'); // the manifest is the right one
  expect(Object.values(routes).filter((r) => r.startsWith('/bench'))).toEqual([]);
  expect((await request.get('/bench/naive?session=x')).status()).toBe(404);
});
