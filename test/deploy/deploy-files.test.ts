import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  NEXT_BIN,
  serverEnv,
  serverNodeFlags,
  serverNodeOptions,
} from '@/scripts/server-node-options';
import {
  type ComposeService,
  execForm,
  ROOT,
  readCaddyfile,
  readCompose,
  readDockerfile,
  readRepoFile,
} from './deploy-files';

/**
 * The compose file describes the topology the two-instance e2e suite tests: one Postgres, two
 * Proofdesk instances on the same database, a proxy in front of both. Containers cannot run
 * on the build machines, so these checks parse the files and hold them to each other.
 */
const { services } = readCompose();
const entries = Object.entries(services);
const isPostgres = (s: ComposeService) => !!s.image?.startsWith('postgres:');
const isApp = (s: ComposeService) => !!s.environment?.PROOFDESK_DATABASE_URL;
const apps = entries.filter(([, s]) => isApp(s));
const [dbName, db] = entries.find(([, s]) => isPostgres(s)) ?? [];
const [, proxy] = entries.find(([, s]) => !!s.image?.startsWith('caddy:')) ?? [];
const docker = readDockerfile();
const caddy = readCaddyfile();

/** The port the app listens on in its container: the `-p` of the Dockerfile's CMD. */
const cmd = execForm(docker.findLast((i) => i.op === 'CMD')?.args ?? '[]');
const appPort = cmd[cmd.indexOf('-p') + 1];

describe('docker-compose.yml', () => {
  test('has one Postgres, 15 or newer, with a healthcheck and no published port', () => {
    expect(entries.filter(([, s]) => isPostgres(s))).toHaveLength(1);
    expect(Number(/^postgres:(\d+)/.exec(db?.image ?? '')?.[1])).toBeGreaterThanOrEqual(15);
    expect(db?.healthcheck?.test).toBeTruthy();
    expect(db?.ports ?? []).toEqual([]);
  });

  test('has two Proofdesk instances from this Dockerfile on one database URL, named apart', () => {
    expect(apps).toHaveLength(2);
    const urls = apps.map(([, s]) => s.environment?.PROOFDESK_DATABASE_URL);
    expect(new Set(urls).size).toBe(1);
    // postgres://user:password@<the postgres service>:5432/<its POSTGRES_DB>
    const url = /^postgres:\/\/([^:]+):.*@([^:/]+):(\d+)\/(\w+)$/.exec(urls[0] ?? '');
    expect(url?.[1]).toBe(db?.environment?.POSTGRES_USER);
    expect(url?.[2]).toBe(dbName);
    expect(url?.[4]).toBe(db?.environment?.POSTGRES_DB);
    expect(new Set(apps.map(([, s]) => s.hostname)).size).toBe(2);
    for (const [, app] of apps) {
      expect(app.build).toBe('.');
      expect(app.depends_on?.[dbName as string]?.condition).toBe('service_healthy');
      expect(app.environment?.PROOFDESK_AUTH_TOKEN).toBeTruthy();
      expect(app.environment?.PROOFDESK_ALLOWED_HOSTS).toBeTruthy();
      expect(app.expose).toEqual([appPort]);
      expect(app.ports ?? []).toEqual([]);
    }
  });

  test('puts the proxy in front of both instances, started once both are healthy', () => {
    expect(proxy).toBeDefined();
    expect(proxy?.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    for (const [name] of apps) expect(proxy?.depends_on?.[name]?.condition).toBe('service_healthy');
    // The one published port is the Caddyfile's default site port.
    const sitePort = /:(\d+)$/.exec(caddy.site)?.[1];
    expect(proxy?.ports).toEqual([`${sitePort}:${sitePort}`]);
    // The default allowed hosts are the names the published port is reached by.
    for (const [, app] of apps) {
      for (const host of app.environment?.PROOFDESK_ALLOWED_HOSTS?.split(':-')[1]?.split(',') ?? [])
        expect(host.replace(/\}$/, '')).toMatch(new RegExp(`:${sitePort}$`));
    }
  });
});

describe('deploy/Caddyfile', () => {
  test('balances over exactly the two instances on their port, without sticky sessions', () => {
    expect(caddy.upstreams.sort()).toEqual(apps.map(([name]) => `${name}:${appPort}`).sort());
    const policy = caddy.options.find((o) => o.startsWith('lb_policy'));
    expect(policy).toBe('lb_policy round_robin');
  });

  test('flushes server-sent events at once and compresses nothing', () => {
    expect(caddy.options).toContain('flush_interval -1');
    expect(readRepoFile('deploy/Caddyfile')).not.toMatch(/^\s*encode\b/m);
  });
});

describe('Dockerfile', () => {
  const froms = docker.filter((i) => i.op === 'FROM').map((i) => i.args.split(/\s+/)[0]);
  const runs = docker.filter((i) => i.op === 'RUN').map((i) => i.args);

  test('builds on Node 20 Debian with npm ci and next build', () => {
    for (const image of froms) expect(image).toMatch(/^node:20-bookworm(-slim)?$/);
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs).toContain('npm run build');
    expect(JSON.parse(readRepoFile('package.json')).scripts.build).toMatch(/^next build\b/);
  });

  test('runs next start as a non-root user on the port compose exposes', () => {
    const user = docker.findLast((i) => i.op === 'USER')?.args;
    expect(user).toBeTruthy();
    expect(user).not.toMatch(/^(root|0)$/);
    const flags = serverNodeFlags();
    // node, the flags npm start gives node itself, then Next's script.
    expect(cmd.slice(0, flags.length + 3)).toEqual(['node', ...flags, NEXT_BIN, 'start']);
    expect(cmd[cmd.indexOf('-H') + 1]).toBe('0.0.0.0');
    expect(docker.find((i) => i.op === 'EXPOSE')?.args).toBe(appPort);
  });

  test('runs the server with the Node options npm start gives it', () => {
    const env = docker
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    const options = /NODE_OPTIONS=(?:"([^"]*)"|(\S+))/.exec(env)?.slice(1).find(Boolean);
    expect(options).toBeTruthy();
    expect(options).toBe(serverNodeOptions().join(' '));
    // …and its malloc arenas (scripts/server-node-options.ts: serverEnv).
    const arenas = JSON.parse(readRepoFile('package.json')).config.serverMallocArenaMax;
    expect(arenas).toMatch(/^\d+$/);
    expect(env).toMatch(new RegExp(`\\bMALLOC_ARENA_MAX=${arenas}\\b`));
  });

  test('its healthcheck asks /api/ready', () => {
    const check = docker.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    const script = /CMD \["node", "([^"]+)"\]/.exec(check)?.[1] as string;
    expect(readRepoFile(script)).toContain('/api/ready');
    expect(fs.existsSync(path.join(ROOT, 'app/api/ready/route.ts'))).toBe(true);
  });
});

test('.dockerignore keeps installed trees, local databases and secrets out of the image', () => {
  const ignored = readRepoFile('.dockerignore').split('\n');
  for (const entry of ['node_modules', '.next', 'data', '*.db', '.env', '.env.*', '.git'])
    expect(ignored).toContain(entry);
});

test('deploy/team.env.example names every variable the compose file requires', () => {
  const required = [...readRepoFile('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map(
    (m) => m[1],
  );
  const example = readRepoFile('deploy/team.env.example');
  expect(required.length).toBeGreaterThan(0);
  for (const name of new Set(required)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
});

test('npm start and npm run serve give node its flags and the server its options', () => {
  const { scripts } = JSON.parse(readRepoFile('package.json'));
  // The flags Node refuses in NODE_OPTIONS go on its command line, before Next's script.
  expect(serverNodeFlags()).toContain('--single-threaded-gc');
  for (const name of ['start', 'serve']) {
    const script: string = scripts[name];
    expect(script).toContain(`node $npm_package_config_serverNodeFlags ${NEXT_BIN} start`);
    expect(script).toContain('NODE_OPTIONS="$npm_package_config_serverNodeOptions $NODE_OPTIONS"');
    // A user's own MALLOC_ARENA_MAX wins, as it does for the servers the tests start.
    expect(script).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: sh's parameter expansion, as written in the script
      'MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$npm_package_config_serverMallocArenaMax} ',
    );
  }
});

test('the servers the tests and benches start get the malloc arenas npm start gives', () => {
  const saved = process.env.MALLOC_ARENA_MAX;
  try {
    delete process.env.MALLOC_ARENA_MAX;
    const configured = JSON.parse(readRepoFile('package.json')).config.serverMallocArenaMax;
    expect(serverEnv()).toEqual({ MALLOC_ARENA_MAX: configured });
    process.env.MALLOC_ARENA_MAX = '8';
    expect(serverEnv()).toEqual({ MALLOC_ARENA_MAX: '8' });
  } finally {
    if (saved === undefined) delete process.env.MALLOC_ARENA_MAX;
    else process.env.MALLOC_ARENA_MAX = saved;
  }
});
