import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { type MockModelServer, startMockModelServer } from '../../scripts/mock-model/server';
import {
  type Cluster,
  createDatabase,
  findPostgresBin,
  startCluster,
} from '../../scripts/pg/cluster';
import { WorkbenchPage } from '../pages/workbench';
import { AppClient } from './app-client';
import { AppProcess } from './app-process';
import { appEnv, E2E_DATA } from './env';
import { type MockControl, mockAt } from './mock';

/** Why a multi-instance spec cannot run here, or null when it can (for `test.skip`). */
export function instancesUnavailable(): string | null {
  return findPostgresBin()
    ? null
    : 'no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin: ' +
        'several instances need a shared Postgres (apt-get install postgresql)';
}

export type InstancesOptions = {
  /** One `next start` per port: instance i listens on appPorts[i]. */
  appPorts: number[];
  /** The port of the one scripted model server every instance calls. */
  mockPort: number;
  /** Extra environment for every instance (on top of the shared e2e app's). */
  env?: Record<string, string>;
};

/**
 * Several Proofdesk instances on one throwaway Postgres cluster, as a team would deploy them
 * behind a load balancer: N `next start` processes with the same PROOFDESK_DATABASE_URL and
 * the same model environment as the shared e2e app, all calling one scripted model server
 * (in this worker's process). Works whatever E2E_DATABASE says: the shared app's backend is
 * not involved.
 */
export class Instances {
  readonly apps: AppProcess[];
  readonly mock: MockControl;
  /** Uncaught errors of the pages opened through `openPage`, for the spec to assert on. */
  readonly pageErrors: Error[] = [];
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly cluster: Cluster,
    private readonly mockServer: MockModelServer,
    readonly databaseUrl: string,
    opts: InstancesOptions,
  ) {
    this.mock = mockAt(mockServer.url);
    const env = appEnv(
      // Unused on Postgres; a file of its own so a mistake never touches the shared app's.
      path.join(E2E_DATA, 'instances-unused.db'),
      { ...opts.env, PROOFDESK_DATABASE_URL: databaseUrl },
      mockServer.url,
    );
    this.apps = opts.appPorts.map((port) => new AppProcess(port, env));
  }

  /** Starts the cluster (a fresh database), the model server and every instance. */
  static async start(opts: InstancesOptions): Promise<Instances> {
    const cluster = await startCluster();
    if (!cluster) throw new Error(instancesUnavailable() ?? 'no PostgreSQL');
    let mockServer: MockModelServer | null = null;
    try {
      const databaseUrl = await createDatabase(cluster.url, 'proofdesk');
      mockServer = await startMockModelServer({ port: opts.mockPort });
      const instances = new Instances(cluster, mockServer, databaseUrl, opts);
      // One at a time: the first applies the migrations, the rest find them applied.
      for (const app of instances.apps) await app.start();
      return instances;
    } catch (err) {
      await mockServer?.close();
      cluster.stop();
      throw err;
    }
  }

  /** The cluster's folder (removed by `stopAll`). */
  get clusterDir(): string {
    return this.cluster.dir;
  }

  url(i: number): string {
    return this.app(i).url;
  }

  /** JSON calls to instance i. */
  client(i: number): AppClient {
    return new AppClient(this.url(i));
  }

  /** SIGKILL is a crash (no shutdown hooks); SIGTERM a graceful stop. Waits for the exit. */
  async kill(i: number, signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
    if (signal === 'SIGKILL') await this.app(i).kill();
    else await this.app(i).stop();
  }

  /** Starts instance i again (killing it first if it still runs), on the same port. */
  async restart(i: number): Promise<void> {
    await this.app(i).kill();
    await this.app(i).start();
  }

  /**
   * A page whose relative URLs go to instance i (its own browser context: its own cookies
   * and storage, like a second person or a second machine). Page objects work unchanged:
   * `new WorkbenchPage(await instances.openPage(browser, 1)).goto(id)`.
   */
  async openPage(
    browser: Browser,
    i: number,
    viewport = { width: 1440, height: 900 },
  ): Promise<Page> {
    const context = await browser.newContext({ baseURL: this.url(i), viewport });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => this.pageErrors.push(e));
    return page;
  }

  /** The workbench of a session, opened through instance i and ready. */
  async workbench(browser: Browser, i: number, sessionId: string): Promise<WorkbenchPage> {
    const wb = new WorkbenchPage(await this.openPage(browser, i));
    await wb.goto(sessionId);
    return wb;
  }

  /** Stops everything this harness started: pages, instances, the model server, the cluster. */
  async stopAll(): Promise<void> {
    await Promise.allSettled(this.contexts.map((c) => c.close()));
    await Promise.allSettled(this.apps.map((app) => app.kill()));
    await this.mockServer.close().catch(() => {});
    this.cluster.stop();
  }

  private app(i: number): AppProcess {
    const app = this.apps[i];
    if (!app) throw new Error(`no instance ${i} (there are ${this.apps.length})`);
    return app;
  }
}
