/**
 * A fresh, empty database on the test cluster for one test file, so files running in
 * parallel never see each other's rows. Null when the run has no Postgres.
 */

import { inject } from 'vitest';
import { createDatabase } from '../scripts/pg/cluster';

export function testPgUrl(): string | null {
  return inject('pgUrl');
}

export async function freshPgDatabase(): Promise<string | null> {
  const admin = testPgUrl();
  if (!admin) return null;
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return createDatabase(admin, name);
}
