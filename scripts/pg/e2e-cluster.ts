/**
 * The e2e suite's Postgres (E2E_DATABASE=postgres, playwright.config.ts): a throwaway cluster
 * with one database per name given, which outlives this process (the server is a daemon).
 *
 *   npx tsx scripts/pg/e2e-cluster.ts start e2e_3310_main …   prints {"url", "dir"}
 *   npx tsx scripts/pg/e2e-cluster.ts stop <dir>
 */
import pg from 'pg';
import { startCluster, stopCluster } from './cluster';

async function start(names: string[]) {
  const cluster = await startCluster();
  if (!cluster) throw new Error('E2E_DATABASE=postgres, but no PostgreSQL binaries were found');
  const client = new pg.Client(cluster.url);
  await client.connect();
  try {
    for (const name of names) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  console.log(JSON.stringify({ url: cluster.url, dir: cluster.dir }));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'start') {
  start(rest).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (command === 'stop' && rest[0]) stopCluster(rest[0]);
else throw new Error('usage: e2e-cluster.ts start <database>… | stop <dir>');
