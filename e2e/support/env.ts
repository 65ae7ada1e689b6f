import path from 'node:path';
import { pgEnvFor } from './pg-cluster';

/**
 * Ports and paths shared by the Playwright config and the specs. Playwright runs
 * `E2E_WORKERS` workers (default 2); each has a slot (`TEST_PARALLEL_INDEX`, set in every
 * worker; the runner is slot 0) with its own scripted model server, app, database files and
 * ports, so the tests of one worker never see another's state. A spec that starts extra app
 * processes uses ports `APP_PORT + k` (k < 100): slots are far enough apart for that.
 */
// Two workers by default: about 11 min of e2e instead of 20 on a 2-core machine. The two specs
// that raced under two workers were fixed at their causes (the re-anchor lost to a fork's
// reload; Monaco's menu ignoring a click in its first 100 ms). E2E_WORKERS=1 runs them alone.
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
const BASE_MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4310);
const BASE_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3310);
const SLOT_SPACING = 5000;
export const ROOT = path.resolve(__dirname, '../..');

/** The ports and data folder of one worker slot. */
export function slotOf(slot: number) {
  const app = BASE_APP_PORT + SLOT_SPACING * slot;
  const mock = BASE_MOCK_PORT + SLOT_SPACING * slot;
  return {
    appPort: app,
    mockPort: mock,
    appUrl: `http://127.0.0.1:${app}`,
    mockUrl: `http://127.0.0.1:${mock}`,
    data: path.join(ROOT, 'data', `e2e-${app}`),
  };
}

const here = slotOf(Number(process.env.TEST_PARALLEL_INDEX ?? 0));
export const MOCK_PORT = here.mockPort;
export const APP_PORT = here.appPort;
export const MOCK_URL = here.mockUrl;
export const APP_URL = here.appUrl;
export const E2E_DATA = here.data;
/**
 * A fake key: the security tests check it never reaches the browser or an API response.
 * scripts/test-all.sh builds with it in the environment, so the bundle scan means something.
 */
export const TEST_API_KEY = 'sk-proofdesk-e2e-secret-4f1c9a7b2d';

/** The app's environment for tests: the scripted model server, short timeouts. */
export function appEnv(
  dbFile: string,
  extra: Record<string, string> = {},
  mockUrl = MOCK_URL,
): Record<string, string> {
  return {
    PROOFDESK_DB: dbFile,
    // E2E_DATABASE=postgres: the same app on its database of the run's cluster.
    ...pgEnvFor(dbFile),
    OPENAI_BASE_URL: `${mockUrl}/v1`,
    OPENAI_API_KEY: TEST_API_KEY,
    PROOFDESK_MODEL: 'mock',
    PROOFDESK_RETRY_BASE_MS: '200',
    PROOFDESK_MAX_RETRIES: '3',
    PROOFDESK_HEARTBEAT_MS: '1000',
    ...extra,
  };
}
