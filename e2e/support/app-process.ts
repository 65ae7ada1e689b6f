import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  NEXT_BIN,
  serverEnv,
  serverNodeFlags,
  serverNodeOptions,
} from '../../scripts/server-node-options';
import { ROOT } from './env';
import { ensurePgDatabase } from './pg-cluster';
import { assertPortFree } from './port-free';

/**
 * A Proofdesk server of a test's own (`next start`), for tests that kill it or need a
 * different configuration from the shared one.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    /** Address to bind (`-H`); null = Next's default, every interface. Tests talk to loopback. */
    private readonly host: string | null = '127.0.0.1',
    /** Options for node itself (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
    // As `npm start` runs the server (package.json's config.serverNodeFlags and serverNodeOptions).
    private readonly nodeArgs: string[] = [...serverNodeFlags(), ...serverNodeOptions()],
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The server's process id (for CPU and memory figures), or null when it is not running. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    // E2E_DATABASE=postgres: this app's database file has a database of its own in the cluster.
    const databaseUrl = this.env.PROOFDESK_DATABASE_URL;
    if (databaseUrl) await ensurePgDatabase(databaseUrl);
    await assertPortFree(this.port);
    const next = path.join(ROOT, NEXT_BIN);
    this.child = spawn(
      process.execPath,
      [
        ...this.nodeArgs,
        next,
        'start',
        '-p',
        String(this.port),
        ...(this.host ? ['-H', this.host] : []),
        '--keepAliveTimeout',
        '65000',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...serverEnv(), ...this.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout?.on('data', (d) => {
      this.output += d;
    });
    this.child.stderr?.on('data', (d) => {
      this.output += d;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const code = this.child?.exitCode;
      if (code !== null && code !== undefined) {
        throw new Error(`app exited with code ${code} on ${this.port}:\n${this.output}`);
      }
      try {
        // Ready once it has warmed its routes (lib/startup/warm-up.ts).
        const res = await fetch(`${this.url}/api/ready`);
        // 401: up, and asking for PROOFDESK_AUTH_TOKEN; 404: a build from before readiness.
        if (res.status === 401 || res.status === 404) return;
        if (res.ok && ((await res.json()) as { ready?: boolean }).ready) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`app did not start on ${this.port}:\n${this.output}`);
  }

  /** SIGTERM, then wait for the exit: shutdown hooks run (a `--cpu-prof` profile is written). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  /** SIGKILL: no shutdown hooks, no final writes — a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}
