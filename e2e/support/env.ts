import path from 'node:path';

/** Ports and paths shared by the Playwright config and the specs. */
export const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4310);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3310);
export const MOCK_URL = `http://127.0.0.1:${MOCK_PORT}`;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const ROOT = path.resolve(__dirname, '../..');
export const E2E_DATA = path.join(ROOT, 'data', `e2e-${APP_PORT}`);
/**
 * A fake key: the security tests check it never reaches the browser or an API response.
 * scripts/test-all.sh builds with it in the environment, so the bundle scan means something.
 */
export const TEST_API_KEY = 'sk-proofdesk-e2e-secret-4f1c9a7b2d';

/** The app's environment for tests: the scripted model server, short timeouts. */
export function appEnv(dbFile: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PROOFDESK_DB: dbFile,
    OPENAI_BASE_URL: `${MOCK_URL}/v1`,
    OPENAI_API_KEY: TEST_API_KEY,
    PROOFDESK_MODEL: 'mock',
    PROOFDESK_RETRY_BASE_MS: '200',
    PROOFDESK_MAX_RETRIES: '3',
    PROOFDESK_HEARTBEAT_MS: '1000',
    ...extra,
  };
}
