import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { APP_PORT, APP_URL, appEnv, E2E_WORKERS, slotOf } from './e2e/support/env';
import { E2E_ON_POSTGRES, startE2ePostgres } from './e2e/support/pg-cluster';
import {
  NEXT_BIN,
  serverEnv,
  serverNodeFlags,
  serverNodeOptions,
} from './scripts/server-node-options';

const slots = Array.from({ length: E2E_WORKERS }, (_, i) => slotOf(i));

// Every run starts from empty database files. Workers load this file too (and inherit the
// runner's environment), so only the runner itself wipes.
if (!process.env.PROOFDESK_E2E_STARTED) {
  process.env.PROOFDESK_E2E_STARTED = '1';
  for (const slot of slots) {
    fs.rmSync(slot.data, { recursive: true, force: true });
    fs.mkdirSync(slot.data, { recursive: true });
  }
  // E2E_DATABASE=postgres: a throwaway cluster, one database per slot (e2e/support/pg-cluster.ts).
  if (E2E_ON_POSTGRES) startE2ePostgres(slots.map((slot) => path.join(slot.data, 'main.db')));
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${APP_PORT}`,
  // Each worker has its own scripted model server (switched between scenarios, one test at a
  // time) and its own app and database (e2e/support/env.ts): files run in parallel, the
  // tests of one file in order.
  workers: E2E_WORKERS,
  globalTeardown: E2E_ON_POSTGRES ? './e2e/support/pg-teardown.ts' : undefined,
  fullyParallel: false,
  // Hang guards, not speed limits: a step that takes a second on a quiet machine can take
  // ten on a saturated one (npm run test:stress); only a real hang reaches these.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    // A trace records every action's DOM and a screencast: about a quarter of the suite's
    // time on a 2-core machine. E2E_TRACE=1 keeps one for each failing test.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
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
  webServer: slots.flatMap((slot) => [
    {
      command: `npx tsx scripts/mock-model/main.ts --port ${slot.mockPort}`,
      url: `${slot.mockUrl}/v1/models`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Idle keep-alive sockets live 65 s, not Node's 5 s: Playwright's request client reuses
      // them, and a request sent as the server closed one failed with ECONNRESET.
      command: [
        'node',
        ...serverNodeFlags(),
        NEXT_BIN,
        'start',
        '-p',
        String(slot.appPort),
        '-H',
        '127.0.0.1',
        '--keepAliveTimeout',
        '65000',
      ].join(' '),
      url: `${slot.appUrl}/api/sessions`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The Node flags (above) and options `npm start` gives the server (package.json's config).
      env: {
        ...appEnv(path.join(slot.data, 'main.db'), {}, slot.mockUrl),
        ...serverEnv(),
        NODE_OPTIONS: serverNodeOptions().join(' '),
      },
    },
  ]),
});
