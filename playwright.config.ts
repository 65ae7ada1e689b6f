import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { APP_PORT, APP_URL, appEnv, E2E_DATA, MOCK_PORT, MOCK_URL } from './e2e/support/env';

// Every run starts from empty database files. Workers load this file too (and inherit the
// runner's environment), so only the runner itself wipes.
if (!process.env.PROOFDESK_E2E_STARTED) {
  process.env.PROOFDESK_E2E_STARTED = '1';
  fs.rmSync(E2E_DATA, { recursive: true, force: true });
  fs.mkdirSync(E2E_DATA, { recursive: true });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${APP_PORT}`,
  // The scripted model server is shared and switched between scenarios: one test at a time.
  workers: 1,
  fullyParallel: false,
  // Hang guards, not speed limits: a step that takes a second on a quiet machine can take
  // ten on a saturated one (npm run test:stress); only a real hang reaches these.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx tsx scripts/mock-model/main.ts --port ${MOCK_PORT}`,
      url: `${MOCK_URL}/v1/models`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx next start -p ${APP_PORT} -H 127.0.0.1`,
      url: `${APP_URL}/api/sessions`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: appEnv(path.join(E2E_DATA, 'main.db')),
    },
  ],
});
