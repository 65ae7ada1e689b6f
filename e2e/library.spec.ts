import fs from 'node:fs';
import path from 'node:path';
import { LibraryPage } from './pages/library';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { corpusFile } from './support/corpus';
import { expect, test } from './support/fixtures';

const proofbench = corpusFile('imo-proofbench/proofbench_v2.csv');

/** For a person to look at: `SCREENSHOT_DIR=/tmp/x npx playwright test e2e/library.spec.ts`. */
async function shot(page: import('@playwright/test').Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

test('the built-in set: at least 12 classic problems across the four areas, seeded once', async ({
  request,
}) => {
  const all = await (await request.get('/api/problems?limit=200')).json();
  const builtin = all.problems.filter((p: { origin: string }) => p.origin === 'builtin');
  expect(builtin.length).toBeGreaterThanOrEqual(12);
  for (const c of ['Algebra', 'Combinatorics', 'Geometry', 'Number theory']) {
    expect(
      builtin.filter((p: { category: string }) => p.category === c).length,
    ).toBeGreaterThanOrEqual(3);
  }
  for (const p of builtin) expect(p.source).not.toBe('');
  // Asking again does not add them twice.
  const again = await (await request.get('/api/problems?limit=200')).json();
  expect(again.total).toBe(all.total);
});

test('import the IMO-ProofBench CSV, search and filter, start a session on a problem', async ({
  page,
  request,
}) => {
  test.skip(!proofbench.present, proofbench.reason);
  const library = new LibraryPage(page);
  await library.goto();
  const result = await library.importFile(proofbench.path);
  await expect(result).toHaveText('Imported 60 problems.');
  await expect(page.getByTestId('import-error')).toHaveCount(0);

  // Re-importing through the API updates in place: the library does not grow.
  const before = (await (await request.get('/api/problems?limit=1')).json()).total;
  const again = await request.post('/api/problems/import', {
    headers: { 'Content-Type': 'text/csv' },
    data: fs.readFileSync(proofbench.path, 'utf8'),
  });
  expect(await again.json()).toEqual({ imported: 60, errors: [] });
  expect((await (await request.get('/api/problems?limit=1')).json()).total).toBe(before);

  // API: filters by category and level, search by text.
  const geo = await (
    await request.get('/api/problems?category=Geometry&level=IMO-hard&limit=100')
  ).json();
  expect(geo.problems.length).toBeGreaterThan(0);
  for (const p of geo.problems) expect([p.category, p.level]).toEqual(['Geometry', 'IMO-hard']);
  const found = await (await request.get('/api/problems?q=PB-Basic-001')).json();
  expect(found.problems.map((p: { key: string }) => p.key)).toEqual(['PB-Basic-001']);
  expect(found.problems[0]).toMatchObject({
    source: '(Modified) IMO 2019, P1',
    category: 'Algebra',
  });

  // UI: filter, search, open, start.
  await library.filter('category', 'Number theory');
  await expect(library.rows().first()).toBeVisible();
  const categories = await library.rows().evaluateAll((rows) => rows.length);
  expect(categories).toBeGreaterThan(10);
  await library.filter('category', '');
  await library.search('PB-Basic-001');
  await expect(library.rows()).toHaveCount(1);
  await library.rows().first().click();
  const detail = page.getByTestId('problem-detail');
  await expect(detail).toContainText('(Modified) IMO 2019, P1');
  await expect(detail.getByText('Grading guidelines')).toBeVisible();
  await expect(detail.locator('.katex').first()).toBeVisible();
  await detail.getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\/[\w-]+$/);
  const sessionId = page.url().split('/').pop() as string;
  await expect(new WorkbenchPage(page).editor).toHaveAttribute('data-ready', 'true');
  const session = await getSession(request, sessionId);
  expect(session.problem).toContain('f(2x)+2f(y)=f(f(x+y))');
  expect(session.title).toContain('PB-Basic-001');
  expect(session.grade).toEqual({ auto: null, human: null });
});

test('a set with a bad record is refused whole, naming it; ?skipInvalid=1 imports the rest', async ({
  request,
}) => {
  const body = [
    JSON.stringify({
      problem: 'Prove that $2 + 2 = 4$.',
      id: 'E2E-1',
      source: 'E2E set',
      category: 'Algebra',
    }),
    '{not json',
    JSON.stringify({ solution: 'no statement', id: 'E2E-X' }),
    JSON.stringify({
      question: 'Show $n^2 \\ge n$ for integers.',
      problem_idx: 'E2E-2',
      source: 'E2E set',
    }),
  ].join('\n');
  const inSet = async () =>
    (await (await request.get(`/api/problems?source=${encodeURIComponent('E2E set')}`)).json())
      .problems as { id: string; key: string }[];
  const post = (query = '') =>
    request.post(`/api/problems/import${query}`, {
      headers: { 'Content-Type': 'application/x-ndjson' },
      data: body,
    });
  const refused = await post();
  expect(refused.status()).toBe(400);
  const { error } = await refused.json();
  expect(error.message).toMatch(
    /Nothing was imported: 2 records are invalid — line 2: not valid JSON .*; line 3 \(E2E-X\): the problem statement is empty/,
  );
  expect(error.details).toMatchObject({
    valid: 2,
    errors: [{ line: 2 }, { line: 3, key: 'E2E-X' }],
  });
  expect(await inSet()).toEqual([]);

  const res = await post('?skipInvalid=1');
  expect(res.status()).toBe(201);
  const out = await res.json();
  expect(out.imported).toBe(2);
  expect(out.errors.map((e: { line: number }) => e.line)).toEqual([2, 3]);
  const set = await inSet();
  expect(set.map((p) => p.key).sort()).toEqual(['E2E-1', 'E2E-2']);
  const start = await request.post(`/api/problems/${set[0].id}/sessions`);
  expect(start.status()).toBe(201);
  expect((await start.json()).id).toMatch(/^[\w-]{22}$/);
  expect((await request.post('/api/problems/nope/sessions')).status()).toBe(404);
  expect((await request.get('/api/problems?limit=0')).status()).toBe(400);
});

test('the library page refuses a set with one bad record, keeps the file, and imports the valid ones only when asked', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  const before = (await library.count.textContent()) ?? '';
  const csv = [
    'Problem ID,Problem,Source',
    'UIX-1,"Prove that $1 + 1 = 2$.",UI set',
    'UIX-BAD,,UI set',
    'UIX-3,"Show that $n + 0 = n$.",UI set',
  ].join('\n');
  await library.uploadSet('ui-set.csv', csv);

  // The error names the record and what is wrong, in view; nothing was stored.
  await expect(library.refused).toBeVisible();
  await expect(library.refused).toBeInViewport();
  await expect(library.refused).toContainText('Nothing was imported: 1 record of 3 is invalid');
  await expect(library.refused.getByTestId('import-error')).toHaveText([
    /^Line 3 \(UIX-BAD\): the problem statement is empty/,
  ]);
  await expect(library.result).toHaveCount(0);
  await expect(library.count).toHaveText(before);
  await library.search('UIX-');
  await expect(library.rows()).toHaveCount(0);
  // What the person chose is still chosen: the same file, ready to import again.
  expect(await library.fileInput.evaluate((i: HTMLInputElement) => i.files?.[0]?.name)).toBe(
    'ui-set.csv',
  );
  await expect(library.submit).toHaveText('Import ui-set.csv');
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await expect(library.refused).toBeInViewport();
    await expect(library.skipInvalid).toBeInViewport();
    await shot(page, `library-refused-${size.width}x${size.height}`);
  }

  // Only by choice: the valid two, the skipped one still listed.
  await expect(library.skipInvalid).toHaveText('Import 2 valid records, skip 1');
  await library.skipInvalid.click();
  await expect(library.result).toHaveText('Imported 2 problems, skipped 1 invalid record:');
  await expect(page.getByTestId('import-error')).toHaveText([/^Line 3 \(UIX-BAD\)/]);
  await expect(library.rows()).toHaveCount(2);
  await expect(library.rows()).toHaveText([/Prove that/, /Show that/]);
  await shot(page, 'library-skipped');
});

test('a problem whose claim is display math shows it in its row, after the words before it', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.search('IMO 1995');
  const row = library.rows().filter({ hasText: 'whose product is' });
  await expect(row).toHaveCount(1);
  // The statement's words, then its inequality typeset inline: not a row ending at "Prove that".
  await expect(row).toContainText(
    'Let a, b, c be positive real numbers whose product is 1. Prove that',
    {
      useInnerText: true,
    },
  );
  const claim = row.getByRole('img', { name: /^\\frac\{1\}\{a\^3\(b\+c\)\}/ });
  await expect(claim).toHaveCount(1);
  await expect(claim).toBeInViewport();
  await shot(page, 'library-row-display-math');
});
