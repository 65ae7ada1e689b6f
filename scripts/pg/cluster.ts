/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp dir, a server on a loopback
 * port with a socket in that dir, removed on stop. Used by the vitest global setup
 * (test/pg-global-setup.ts).
 *
 * Binaries are looked up on PATH, then in Debian's /usr/lib/postgresql/<version>/bin (where
 * `apt-get install postgresql` puts them on CI). initdb and postgres refuse to run as root,
 * so as root they run as the `postgres` user that Debian's package creates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type Cluster = { url: string; dir: string; stop: () => void };

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return dir;
  }
  return null;
}

/** The folder holding initdb, pg_ctl and postgres, or null when Postgres is not installed. */
export function findPostgresBin(): string | null {
  const fromPath = onPath('initdb');
  if (fromPath && fs.existsSync(path.join(fromPath, 'pg_ctl'))) return fromPath;
  const debian = '/usr/lib/postgresql';
  if (!fs.existsSync(debian)) return null;
  const versions = fs
    .readdirSync(debian)
    .filter((v) => fs.existsSync(path.join(debian, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(debian, versions[0], 'bin') : null;
}

/** As root, the command runs as `postgres`; otherwise as the current user. */
function asServerUser(argv: string[]): string[] {
  if (process.getuid?.() !== 0) return argv;
  return ['runuser', '-u', 'postgres', '--', ...argv];
}

function run(argv: string[]): void {
  const [cmd, ...args] = asServerUser(argv);
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${argv[0]} failed (${r.status}): ${r.stderr || r.stdout || r.error}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a fresh cluster; null when no Postgres binaries can be found. */
export async function startCluster(): Promise<Cluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-pg-'));
  if (process.getuid?.() === 0) {
    execFileSync('chown', ['postgres:', dir]);
  }
  const data = path.join(dir, 'data');
  // Durability off: a test cluster is thrown away, and fsyncs on a shared disk cost seconds.
  run([
    path.join(bin, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run([
    path.join(bin, 'pg_ctl'),
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-o',
    opts,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop: () => stopCluster(dir),
  };
}

/** Stops the cluster `startCluster` made in `dir` and removes it (from another process too). */
export function stopCluster(dir: string): void {
  const bin = findPostgresBin();
  try {
    if (bin)
      run([
        path.join(bin, 'pg_ctl'),
        '-D',
        path.join(dir, 'data'),
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Creates an empty database `name` on a cluster and returns its URL. */
export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  const client = new pg.Client(clusterUrl);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
