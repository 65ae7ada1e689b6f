import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppProcess } from '../../e2e/support/app-process';
import { NEXT_BIN, serverNodeFlags, serverNodeOptions } from '../../scripts/server-node-options';
import { arg } from './format';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';

/** The build that also serves bench-only pages (the naive renderer); never shipped. */
export const BENCH_DIST_DIR = '.next-bench';
export const BENCH_BUILD_ENV = { NEXT_DIST_DIR: BENCH_DIST_DIR, PROOFDESK_BENCH_BUILD: '1' };

/**
 * The benches measure the production server: build it first when there is no build.
 * `extraEnv` selects another build (e.g. BENCH_BUILD_ENV) and is passed to `next build`.
 */
export function ensureBuild(extraEnv: Record<string, string> = {}): void {
  const dist = extraEnv.NEXT_DIST_DIR ?? DIST_DIR;
  if (fs.existsSync(path.join(ROOT, dist, 'BUILD_ID'))) {
    ensureImportWorker(extraEnv);
    return;
  }
  console.log(`No production build in ${dist}/: running \`next build\` first (about a minute)…`);
  const next = path.join(ROOT, NEXT_BIN);
  // `next build` with another distDir adds that folder's types to tsconfig.json (and
  // reformats it): a bench must not leave the project's config changed.
  const tsconfig = path.join(ROOT, 'tsconfig.json');
  const config = fs.readFileSync(tsconfig, 'utf8');
  const built = spawnSync(process.execPath, [next, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  if (fs.readFileSync(tsconfig, 'utf8') !== config) fs.writeFileSync(tsconfig, config);
  if (built.status !== 0) throw new Error('next build failed; fix it or build by hand, then rerun');
  ensureImportWorker(extraEnv);
}

/** The import worker bundle `npm run build` adds to a build (the server's import workers run it). */
export function ensureImportWorker(extraEnv: Record<string, string> = {}): void {
  const dist = extraEnv.NEXT_DIST_DIR ?? DIST_DIR;
  if (fs.existsSync(path.join(ROOT, dist, 'import-worker.mjs'))) return;
  const built = spawnSync(process.execPath, ['scripts/build-import-worker.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  if (built.status !== 0) throw new Error('bundling the import worker failed');
}

/** A fresh database folder per bench run, so figures never depend on earlier data. */
export function freshDataDir(name: string): string {
  const dir = path.join(ROOT, 'data', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * `next start` of the built app on `port`, pointed at the scripted model server. With
 * `--cpu-prof DIR` on the bench's command line the server runs under `node --cpu-prof` and
 * writes its profile into DIR when the bench ends (`closeApp`); read it with
 * `npx tsx bench/profile-top.ts DIR/*.cpuprofile`. Node runs with the options `npm start` gives
 * it (`benchServerNodeOptions`).
 */
export async function startApp(
  port: number,
  modelBaseURL: string,
  dbFile: string,
  extraEnv: Record<string, string> = {},
): Promise<AppProcess & { pid: number }> {
  const profileDir = arg('cpu-prof');
  const app = new AppProcess(
    port,
    {
      PROOFDESK_DB: dbFile,
      OPENAI_BASE_URL: modelBaseURL,
      OPENAI_API_KEY: 'sk-bench-not-a-secret',
      PROOFDESK_MODEL: 'mock',
      ...extraEnv,
    },
    '127.0.0.1',
    [
      ...benchServerNodeOptions(),
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
    ],
  );
  await app.start();
  if (!app.pid) throw new Error('app server has no pid');
  return app as AppProcess & { pid: number };
}

/**
 * The Node flags and options a user's `npm start` gives the server (scripts/server-node-options.ts), so
 * a bench measures the server as it runs. `BENCH_NODE_OPTIONS` replaces them, e.g. empty for a
 * build of an older commit that ran without them.
 */
export function benchServerNodeOptions(): string[] {
  const fromEnv = process.env.BENCH_NODE_OPTIONS;
  if (fromEnv !== undefined) return fromEnv.split(/\s+/).filter(Boolean);
  return [...serverNodeFlags(), ...serverNodeOptions()];
}

/** Ends the bench's app: SIGTERM when profiling (the profile is written at exit), else SIGKILL. */
export async function closeApp(app: AppProcess): Promise<void> {
  if (arg('cpu-prof')) await app.stop();
  else await app.kill();
}

/** Small JSON helper for the app's API (the benches drive it like the browser does). */
export async function api<T>(
  base: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The machine the figures come from, for the report. */
export function machine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  const cores = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm) ?? []).length;
  const memGb =
    Number(/MemTotal:\s+(\d+)/.exec(fs.readFileSync('/proc/meminfo', 'utf8'))?.[1]) / 2 ** 20;
  return `${cpu ?? 'unknown CPU'} · ${cores} cores · ${memGb.toFixed(0)} GiB · Node ${process.version}`;
}

/**
 * Other work on the machine skews every figure (2 cores): print the load with the results,
 * and say so when it is high.
 */
export function loadNote(): string {
  const [one] = os.loadavg();
  const busy = one > os.cpus().length * 0.75;
  return `load average ${one.toFixed(2)}${busy ? ' — the machine is busy: figures are pessimistic' : ''}`;
}
