/**
 * Vitest global setup: one throwaway Postgres cluster for the whole run, so the DB-layer
 * tests run against both backends. Without Postgres binaries the Postgres variants skip,
 * and this says so once, loudly.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../scripts/pg/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test cluster, or null when Postgres is not installed. */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.PROOFDESK_TEST_PG === 'off') {
    console.warn('[pg] PROOFDESK_TEST_PG=off: the Postgres variants of the DB tests are skipped.');
    project.provide('pgUrl', null);
    return;
  }
  const cluster = await startCluster();
  if (!cluster) {
    console.warn(
      '\n[pg] SKIPPING the Postgres variants of the DB tests: no PostgreSQL binaries on PATH or' +
        ' in /usr/lib/postgresql/*/bin (apt-get install postgresql).\n',
    );
    project.provide('pgUrl', null);
    return;
  }
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
