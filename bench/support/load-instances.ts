import fs from 'node:fs';
import path from 'node:path';
import type { AppProcess } from '../../e2e/support/app-process';
import { createDatabase, startCluster } from '../../scripts/pg/cluster';
import { closeApp, freshDataDir, startApp } from './app';
import { cpuTimeMs } from './proc';

/** The app servers a load bench drives, and what else it should measure. */
export type LoadInstances = {
  mode: 'sqlite' | 'postgres';
  apps: (AppProcess & { pid: number })[];
  /** CPU time of the database server's processes so far (ms), or null for SQLite (in the app). */
  databaseCpuMs(): number | null;
  close(): Promise<void>;
};

/** One `next start` on a fresh SQLite file: the default deployment. */
export async function sqliteInstance(
  port: number,
  modelBaseURL: string,
  env: Record<string, string>,
): Promise<LoadInstances> {
  const dir = freshDataDir(`bench-load-${port}`);
  const app = await startApp(port, modelBaseURL, `${dir}/bench.db`, env);
  return { mode: 'sqlite', apps: [app], databaseCpuMs: () => null, close: () => closeApp(app) };
}

/**
 * `count` instances (ports port, port+1, …) on one fresh database of a throwaway Postgres
 * cluster, as a team would run them behind a load balancer (issue 18).
 */
export async function postgresInstances(
  port: number,
  modelBaseURL: string,
  env: Record<string, string>,
  count = 2,
): Promise<LoadInstances> {
  const cluster = await startCluster();
  if (!cluster) throw new Error('--postgres: no PostgreSQL binaries (apt-get install postgresql)');
  const apps: (AppProcess & { pid: number })[] = [];
  const close = async () => {
    await Promise.all(apps.map(closeApp));
    cluster.stop();
  };
  try {
    const url = await createDatabase(cluster.url, 'bench_load');
    const dir = freshDataDir(`bench-load-${port}`);
    for (let i = 0; i < count; i++) {
      const env2 = { ...env, PROOFDESK_DATABASE_URL: url };
      apps.push(await startApp(port + i, modelBaseURL, `${dir}/unused-${i}.db`, env2));
    }
  } catch (err) {
    await close();
    throw err;
  }
  const postmaster = path.join(cluster.dir, 'data', 'postmaster.pid');
  const pid = Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0]);
  return { mode: 'postgres', apps, databaseCpuMs: () => cpuTimeMs(pid), close };
}
