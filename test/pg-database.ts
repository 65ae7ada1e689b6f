/**
 * A fresh, empty database on the test cluster for one test file, so files running in
 * parallel never see each other's rows. Null when the run has no Postgres.
 */

import pg from 'pg';
import { inject } from 'vitest';

export function testPgUrl(): string | null {
  return inject('pgUrl');
}

export async function freshPgDatabase(): Promise<string | null> {
  const admin = testPgUrl();
  if (!admin) return null;
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client(admin);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
