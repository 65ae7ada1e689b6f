import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Playwright global teardown with E2E_DATABASE=postgres: the cluster goes with the run. */
export default function teardown(): void {
  const dir = process.env.PROOFDESK_E2E_PG_DIR;
  if (!dir) return;
  execFileSync('npx', ['tsx', 'scripts/pg/e2e-cluster.ts', 'stop', dir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
