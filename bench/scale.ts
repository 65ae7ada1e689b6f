/**
 * npm run bench:scale — issue 20: does Proofdesk stay fast from 1,000 to 100,000 sessions?
 * For each size, a fresh database: real verifier reports from the shared corpus imported
 * through the real import (`importReviewRecords`, records/s measured on the first
 * `--import` records, 1,000 by default), then filled up to the size by copying those
 * sessions inside SQLite (`copySessionsForBench`: the import path would take hours at 100k).
 * Then, against the production server on that database: p95 of each list API's first page,
 * of a full-text search, in Chromium the time until `/` and `/review` paint their first row
 * ("usable": the rows come in the HTML and are links) and until their list runs in the browser
 * ("interactive": search, keys, paging), their DOM size, and the database's size on disk. Prints the ratios 100k / 1k at the end.
 *
 *   npm run bench:scale [-- --sizes 1000,10000,100000 --import 1000 --port 3350]
 *
 * Quick mode, the import alone (no copying, no server, no browser): each size is imported
 * whole through the real import and its records/s printed.
 *
 *   npm run bench:scale -- --import-only --sizes 1000,10000
 */
import fs from 'node:fs';
import path from 'node:path';
import { type PageFigures, timeToUsable } from './scale/browser';
import { corpusRecords } from './scale/corpus-records';
import {
  closeApp,
  ensureBuild,
  ensureImportWorker,
  freshDataDir,
  loadNote,
  machine,
  startApp,
} from './support/app';
import { arg, fmtMs, percentile, table } from './support/format';

const sizes = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
const importCount = Number(arg('import') ?? 1000);
const port = Number(arg('port') ?? 3350);
const importOnly = process.argv.includes('--import-only');
const REQUESTS = 30;

const LISTS: [string, string][] = [
  ['sessions', '/api/sessions'],
  ['review', '/api/review'],
  ['library', '/api/problems'],
  ['grades', '/api/grades'],
  ['search (common word)', '/api/sessions?q=sunny'],
  ['search (rare word)', '/api/sessions?q=t7'],
];

type Figures = {
  size: number;
  importPerSec: number;
  buildSec: number;
  p95: Record<string, number>;
  home: PageFigures;
  review: PageFigures;
  dbMb: number;
};

async function p95Of(base: string, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS + 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${url}`);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    if (i >= 3) times.push(performance.now() - t0);
  }
  return percentile(times, 95);
}

const fileMb = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size / 2 ** 20 : 0);

async function buildDb(size: number, dbFile: string, count = Math.min(size, importCount)) {
  process.env.PROOFDESK_DB = dbFile;
  const db = await import('../lib/db');
  const { importReviewRecords } = await import('../lib/review/import-records');
  db.closeDb();
  await db.listSessions({ limit: 1 }); // open and migrate outside the measurement
  const n = count;
  const text = corpusRecords(n);
  const t0 = performance.now();
  const imported = await importReviewRecords(text, 'auto', false);
  const importSec = (performance.now() - t0) / 1000;
  if (imported.records.length !== n) throw new Error(`imported ${imported.records.length} of ${n}`);
  const t1 = performance.now();
  const times = Math.ceil(size / n) - 1;
  await db.copySessionsForBench(times, (k) => {
    if (k % 10 === 0) process.stdout.write(`  copied ${(k + 1) * n} sessions\r`);
  });
  const total = (await db.listSessions({ limit: 1 })).total;
  db.closeDb();
  return { importPerSec: n / importSec, buildSec: (performance.now() - t1) / 1000, total };
}

async function measureSize(size: number): Promise<Figures> {
  const dir = freshDataDir(`bench-scale-${size}`);
  const dbFile = path.join(dir, 'scale.db');
  console.log(`\n${size.toLocaleString()} sessions · ${loadNote()}`);
  const built = await buildDb(size, dbFile);
  console.log(
    `  imported ${Math.min(size, importCount)} real reports at ${built.importPerSec.toFixed(0)} records/s; copied up to ${built.total.toLocaleString()} in ${built.buildSec.toFixed(1)} s`,
  );
  const app = await startApp(port, 'http://127.0.0.1:9', dbFile);
  try {
    const p95: Record<string, number> = {};
    for (const [name, url] of LISTS) p95[name] = await p95Of(app.url, url);
    const home = await timeToUsable(
      `${app.url}/`,
      '[data-testid="session-row"]',
      '[data-testid="session-list-box"][data-hydrated="true"]',
    );
    const review = await timeToUsable(
      `${app.url}/review`,
      '[data-testid="review-current"]',
      '[data-testid="review-items"][data-hydrated="true"]',
    );
    const dbMb = fileMb(dbFile) + fileMb(`${dbFile}-wal`);
    return {
      size,
      importPerSec: built.importPerSec,
      buildSec: built.buildSec,
      p95,
      home,
      review,
      dbMb,
    };
  } finally {
    await closeApp(app);
  }
}

function report(all: Figures[]) {
  const head = ['', ...all.map((f) => f.size.toLocaleString())];
  const rows: string[][] = [head];
  rows.push(['import (records/s)', ...all.map((f) => f.importPerSec.toFixed(0))]);
  for (const [name] of LISTS) rows.push([`p95 ${name}`, ...all.map((f) => fmtMs(f.p95[name]))]);
  rows.push(['usable /', ...all.map((f) => fmtMs(f.home.usableMs))]);
  rows.push(['usable /review', ...all.map((f) => fmtMs(f.review.usableMs))]);
  rows.push(['interactive /', ...all.map((f) => fmtMs(f.home.interactiveMs))]);
  rows.push(['interactive /review', ...all.map((f) => fmtMs(f.review.interactiveMs))]);
  rows.push(['DOM nodes /', ...all.map((f) => String(f.home.domNodes))]);
  rows.push(['DOM nodes /review', ...all.map((f) => String(f.review.domNodes))]);
  rows.push(['database (MB)', ...all.map((f) => f.dbMb.toFixed(0))]);
  table(rows);
  const first = all[0];
  const last = all[all.length - 1];
  if (all.length < 2) return;
  console.log(
    `\nratios ${last.size.toLocaleString()} / ${first.size.toLocaleString()} (target: lists and search < 3×, pages usable < 1 s, DOM flat):`,
  );
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const ratios: string[][] = [['measure', 'ratio']];
  for (const [name] of LISTS) ratios.push([`p95 ${name}`, ratio(last.p95[name], first.p95[name])]);
  ratios.push(['usable /', ratio(last.home.usableMs, first.home.usableMs)]);
  ratios.push(['usable /review', ratio(last.review.usableMs, first.review.usableMs)]);
  ratios.push(['interactive /', ratio(last.home.interactiveMs, first.home.interactiveMs)]);
  ratios.push([
    'interactive /review',
    ratio(last.review.interactiveMs, first.review.interactiveMs),
  ]);
  ratios.push(['DOM nodes /', ratio(last.home.domNodes, first.home.domNodes)]);
  ratios.push(['DOM nodes /review', ratio(last.review.domNodes, first.review.domNodes)]);
  ratios.push(['database size', ratio(last.dbMb, first.dbMb)]);
  table(ratios);
}

/** The quick mode: records/s of a whole import of each size into a fresh database. */
async function importOnlyRun() {
  for (const size of sizes) {
    const dir = freshDataDir(`bench-scale-import-${size}`);
    console.log(`\n${size.toLocaleString()} records · ${loadNote()}`);
    const built = await buildDb(size, path.join(dir, 'scale.db'), size);
    console.log(`  import: ${built.importPerSec.toFixed(0)} records/s · ${loadNote()}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`machine: ${machine()}`);
  // The import's worker threads run what the production server's run: the build's bundle.
  ensureImportWorker();
  process.env.PROOFDESK_IMPORT_WORKER ??= 'bundle';
  console.log(
    `import workers run: ${process.env.PROOFDESK_IMPORT_WORKER} (PROOFDESK_IMPORT_WORKER)`,
  );
  if (importOnly) return importOnlyRun();
  ensureBuild();
  const all: Figures[] = [];
  for (const size of sizes) all.push(await measureSize(size));
  console.log('');
  report(all);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
