import fs from 'node:fs';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { APP_PORT, MOCK_PORT } from './support/env';
import { expect, test } from './support/fixtures';
import { Instances, instancesUnavailable } from './support/instances';

/**
 * Two `next start` instances on one Postgres (issue 18), as behind a load balancer: what one
 * writes, the other serves. Ports APP_PORT+1, +2 and MOCK_PORT+1 (env.ts: k < 100 per slot).
 */
const unavailable = instancesUnavailable();
test.skip(unavailable !== null, unavailable ?? '');
test.describe.configure({ mode: 'serial' });

let instances: Instances;

test.beforeAll(async () => {
  // Hang guard: a cluster and two cold `next start`s take several times longer under load.
  test.setTimeout(180_000);
  instances = await Instances.start({
    appPorts: [APP_PORT + 1, APP_PORT + 2],
    mockPort: MOCK_PORT + 1,
  });
});

test.afterAll(async () => {
  await instances?.stopAll();
});

test.afterEach(() => {
  expect(instances.pageErrors.map((e) => e.message)).toEqual([]);
});

test('a session created through A opens through B', async ({ browser }) => {
  const { id } = await instances.client(0).createSession(MOCK_PROBLEM);
  const b = await instances.workbench(browser, 1, id);
  await expect(b.page.getByTestId('problem-pane')).toContainText('Prove that');
  expect((await instances.client(1).session(id)).problem).toBe(MOCK_PROBLEM);
});

test('B keeps serving while A is SIGKILLed, and A serves again after a restart', async () => {
  const { id } = await instances.client(1).createSession(MOCK_PROBLEM);
  const pid = instances.apps[0].pid as number;
  await instances.kill(0, 'SIGKILL');
  expect(alive(pid)).toBe(false);
  expect((await instances.client(1).session(id)).id).toBe(id);
  await instances.restart(0);
  expect((await instances.client(0).session(id)).problem).toBe(MOCK_PROBLEM);
});

test('stopAll leaves nothing running', async () => {
  // Its own harness, so the shared one keeps serving the other tests.
  test.setTimeout(180_000);
  const own = await Instances.start({ appPorts: [APP_PORT + 3], mockPort: MOCK_PORT + 2 });
  const pid = own.apps[0].pid as number;
  const cluster = own.clusterDir;
  await own.stopAll();
  expect(alive(pid)).toBe(false);
  expect(fs.existsSync(cluster)).toBe(false);
  await expect(fetch(own.url(0))).rejects.toThrow();
  await expect(fetch(`http://127.0.0.1:${MOCK_PORT + 2}/v1/models`)).rejects.toThrow();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
