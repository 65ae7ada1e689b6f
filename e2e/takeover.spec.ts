import pg from 'pg';
import type { SearchView } from '@/lib/schemas';
import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { APP_PORT, MOCK_PORT } from './support/env';
import { expect, test } from './support/fixtures';
import { shotsAt } from './support/screenshots';
import { sharedInstances } from './support/shared-instances';

/**
 * Takeover (issue 18): two instances on one Postgres; the one executing a run is SIGKILLed.
 * Its lease runs out (15 s, renewed every 5 s) and the survivor takes the run over: a draft
 * becomes `interrupted` with its text kept, a search continues to its end on the survivor.
 * Ports APP_PORT+4, +5 and MOCK_PORT+3 (instances.spec.ts uses +1…+3 and +1, +2).
 */
const instances = sharedInstances({
  appPorts: [APP_PORT + 4, APP_PORT + 5],
  mockPort: MOCK_PORT + 3,
  env: { PROOFDESK_CONCURRENCY: '4' },
});

test.beforeEach(async () => {
  await instances().mock.reset();
});

/** Rows straight from the shared database (what no instance's cache can colour). */
async function query<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client(instances().databaseUrl);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Which instance holds a run's lease (an instance is named by its host and port). */
async function executor(runId: string): Promise<number> {
  const rows = await query<{ instance: string }>(
    'SELECT instance FROM run_leases WHERE run_id = $1',
    [runId],
  );
  const port = Number(rows[0]?.instance.split(':').at(-1));
  return instances().apps.findIndex((app) => app.port === port);
}

/**
 * A search started through instance 0 (a pool of 4, 3 verifications each, 2 iterations), its
 * requests each 0.3–0.6 s, so a kill or a pause lands while some are in flight.
 */
async function searchThroughA() {
  await instances().mock.scenario('default', { tps: 0, latencyMs: 300, latencyJitter: 300 });
  const { id } = await instances().client(0).createSession(MOCK_PROBLEM);
  await instances().client(0).json('POST', `/api/sessions/${id}/runs`, {
    kind: 'search',
    pool: 4,
    verificationsPerProof: 3,
    analysesPerRefinement: 2,
    proofsPerRefinement: 1,
    iterations: 2,
    concurrency: 4,
  });
  const { searches } = await instances()
    .client(0)
    .json<{ searches: { id: string }[] }>('GET', `/api/sessions/${id}/searches`);
  const searchId = searches[0].id;
  const view = (i: number) =>
    instances().client(i).json<SearchView>('GET', `/api/searches/${searchId}`);
  return { id, searchId, view };
}

test('the instance running a draft is SIGKILLed: the draft is interrupted, seen through the other, with its text kept', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await instances().mock.scenario('slow', { tps: 30 });
  const { id } = await instances().client(0).createSession(MOCK_PROBLEM);
  const { runId } = await instances().client(0).startRun(id, 'generate');
  expect(await executor(runId)).toBe(0);
  // A person follows the draft through B while A executes it.
  const b = await instances().workbench(browser, 1, id);
  await expect.poll(async () => (await b.editorText()).length).toBeGreaterThan(60);
  await shotsAt(b.page, 'takeover-draft-streaming-through-b');

  await instances().kill(0, 'SIGKILL');
  const killedAt = Date.now();
  // The lease lasts 15 s and is swept every 5 s: the run ends within 20 s of the last renewal.
  await b.waitForStatus('interrupted', 30_000);
  console.log(`interrupted, seen through B, ${Date.now() - killedAt} ms after the SIGKILL`);
  await expect(b.status).toContainText(/interrupted/i);
  const run = await instances().client(1).run(runId);
  expect(run.status).toBe('interrupted');
  expect(run.text.length).toBeGreaterThan(60);
  expect(MOCK_GENERATION_ANSWER.startsWith(run.text)).toBe(true);
  // The editor shows the kept draft, and the round says it was cut short.
  await expect.poll(async () => (await b.editorText()).length).toBeGreaterThan(40);
  const session = await instances().client(1).session(id);
  expect(session.rounds[0].truncated).toBe(true);
  await shotsAt(b.page, 'takeover-draft-interrupted-through-b');
  await instances().restart(0);
});

test('the instance running a search is SIGKILLed: the search completes on the other, repeating no finished step', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { id, searchId, view } = await searchThroughA();
  await expect.poll(async () => (await view(0)).requests).toBeGreaterThanOrEqual(6);
  const first = await query<{ run_id: string }>('SELECT run_id FROM searches WHERE id = $1', [
    searchId,
  ]);
  const dead = await executor(first[0].run_id);
  expect(dead).toBeGreaterThanOrEqual(0);
  const survivor = 1 - dead;
  await instances().kill(dead, 'SIGKILL');
  const steps = async () =>
    (
      await query<{ id: string }>(
        'SELECT id FROM search_candidates WHERE search_id = $1 UNION ALL SELECT id FROM search_verifications WHERE search_id = $1',
        [searchId],
      )
    ).map((r) => r.id);
  const beforeIds = await steps();

  await expect.poll(async () => (await view(survivor)).status, { timeout: 180_000 }).toBe('passed');
  const done = await view(survivor);
  expect(done.best?.meanScore).toBe(1);
  // Continued by a new run on the survivor; every step stored before the kill is kept, no
  // proof slot was written twice and no proof got more verifications than asked for.
  const now = await query<{ run_id: string }>('SELECT run_id FROM searches WHERE id = $1', [
    searchId,
  ]);
  expect(now[0].run_id).not.toBe(first[0].run_id);
  expect((await instances().client(survivor).run(first[0].run_id)).status).toBe('interrupted');
  expect(await steps()).toEqual(expect.arrayContaining(beforeIds));
  const ordinals = await query<{ ordinal: number }>(
    'SELECT ordinal FROM search_candidates WHERE search_id = $1',
    [searchId],
  );
  expect(new Set(ordinals.map((o) => o.ordinal)).size).toBe(ordinals.length);
  const perProof = await query<{ n: string }>(
    'SELECT count(*) AS n FROM search_verifications WHERE search_id = $1 GROUP BY candidate_id',
    [searchId],
  );
  expect(Math.max(...perProof.map((p) => Number(p.n)))).toBeLessThanOrEqual(3);

  // What a person sees through the survivor: the search passed.
  const page = await instances().openPage(browser, survivor);
  await page.goto(`/sessions/${id}`);
  await new LaunchPage(page).openTab('search');
  await expect(page.getByTestId('search-status')).toHaveText('passed');
  await shotsAt(page, 'takeover-search-passed-on-survivor');
  await instances().restart(dead);
});

test('a search executing on one instance is paused and resumed through the other, and passes', async () => {
  test.setTimeout(240_000);
  const { searchId, view } = await searchThroughA();
  await expect.poll(async () => (await view(0)).requests).toBeGreaterThanOrEqual(4);
  const [{ run_id }] = await query<{ run_id: string }>(
    'SELECT run_id FROM searches WHERE id = $1',
    [searchId],
  );
  const other = 1 - (await executor(run_id));
  await instances().client(other).json('POST', `/api/searches/${searchId}/pause`);
  await expect.poll(async () => (await view(other)).status, { timeout: 30_000 }).toBe('paused');
  expect((await instances().client(other).run(run_id)).status).toBe('stopped');
  await instances().client(other).json('POST', `/api/searches/${searchId}/resume`);
  await expect
    .poll(async () => (await view(1 - other)).status, { timeout: 180_000 })
    .toBe('passed');
});
