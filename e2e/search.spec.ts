import path from 'node:path';
import type { SearchView } from '@/lib/schemas';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { WorkbenchPage } from './pages/workbench';
import { AppProcess } from './support/app-process';
import { queryDb } from './support/db-file';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test.beforeEach(async () => {
  await mock.reset();
});

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Search steps the server had persisted (proofs written + verifications), read from its file. */
async function persistedSteps(dbFile: string, searchId: string): Promise<number> {
  return (await stepIds(dbFile, searchId)).length;
}

/** Ids of the persisted steps, with each proof's ordinal and its verifications' proof ids. */
async function stepRows(dbFile: string, searchId: string) {
  return {
    candidates: await queryDb<{ id: string; ordinal: number }>(
      dbFile,
      'SELECT id, ordinal FROM search_candidates WHERE search_id = ?',
      [searchId],
    ),
    verifications: await queryDb<{ id: string; candidateId: string }>(
      dbFile,
      'SELECT id, candidate_id AS "candidateId" FROM search_verifications WHERE search_id = ?',
      [searchId],
    ),
  };
}

async function stepIds(dbFile: string, searchId: string): Promise<string[]> {
  const rows = await stepRows(dbFile, searchId);
  return [...rows.candidates.map((c) => c.id), ...rows.verifications.map((v) => v.id)];
}

test('a search finds a passing proof, survives a server kill halfway, and repeats no finished request', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dbFile = path.join(E2E_DATA, 'search.db');
  const app = new AppProcess(APP_PORT + 8, appEnv(dbFile, { PROOFDESK_CONCURRENCY: '4' }));
  await app.start();
  try {
    // Every request waits 0.3–0.6 s: the kill lands while some are in flight.
    await mock.scenario('default', { tps: 0, latencyMs: 300, latencyJitter: 300 });
    const { id } = await (
      await fetch(`${app.url}/api/sessions`, json('POST', { problem: MOCK_PROBLEM }))
    ).json();
    const started = await fetch(
      `${app.url}/api/sessions/${id}/runs`,
      json('POST', {
        kind: 'search',
        pool: 4,
        verificationsPerProof: 3,
        analysesPerRefinement: 2,
        proofsPerRefinement: 1,
        iterations: 2,
        concurrency: 4,
      }),
    );
    expect(started.status).toBe(202);
    const { searches } = await (await fetch(`${app.url}/api/sessions/${id}/searches`)).json();
    const searchId: string = searches[0].id;
    // While the server restarts, a poll may meet a closed or reset connection: that is
    // "not yet", not a failure.
    const view = async (): Promise<SearchView | null> => {
      try {
        return (await fetch(`${app.url}/api/searches/${searchId}`)).json();
      } catch {
        return null;
      }
    };
    await expect.poll(async () => (await view())?.requests ?? 0).toBeGreaterThanOrEqual(6);

    await app.kill();
    const beforeIds = await stepIds(dbFile, searchId);
    const lastBeforeKill = Math.max(0, ...(await mock.log()).map((r) => r.id));
    expect(beforeIds.length).toBeGreaterThanOrEqual(6);

    // On start-up the search resumes by itself from its persisted steps.
    await app.start();
    await expect.poll(async () => (await view())?.status, { timeout: 120_000 }).toBe('passed');
    const done = (await view()) as SearchView;
    expect(done.best?.meanScore).toBe(1);
    expect(done.requests).toBe(await persistedSteps(dbFile, searchId));

    // No finished step was repeated: every step persisted before the kill is still there,
    // no proof slot was written twice, and no proof got more verifications than asked for.
    const rows = await stepRows(dbFile, searchId);
    expect(await stepIds(dbFile, searchId)).toEqual(expect.arrayContaining(beforeIds));
    const ordinals = rows.candidates.map((c) => c.ordinal);
    expect(new Set(ordinals).size).toBe(ordinals.length);
    const perProof = new Map<string, number>();
    for (const v of rows.verifications) {
      perProof.set(v.candidateId, (perProof.get(v.candidateId) ?? 0) + 1);
    }
    expect(Math.max(...perProof.values())).toBeLessThanOrEqual(3);
    // The restarted server asked the model once per new step, plus at most the requests in
    // flight when the early stop cancelled them (which of those finish first is a race).
    const newSteps = done.requests - beforeIds.length;
    const after = (await mock.log()).filter((r) => r.id > lastBeforeKill && r.completed);
    expect(after.length).toBeGreaterThanOrEqual(newSteps);
    expect(after.length).toBeLessThanOrEqual(newSteps + 4);

    // The live view shows the pool and lineage; the best proof opens as a round.
    const wb = new WorkbenchPage(page);
    const pipe = new LaunchPage(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await pipe.openTab('search');
    await expect(page.getByTestId('search-status')).toHaveText('passed');
    await expect(page.getByTestId('pool-row')).toHaveCount(done.candidates.length);
    await expect(page.locator('[data-testid="lineage-node"][data-generation="1"]')).not.toHaveCount(
      0,
    );
    await page.getByTestId('open-as-round').click();
    await expect(wb.roundTab(1)).toBeVisible();
    await expect(wb.scoreBadge()).toHaveAttribute('data-score', '1');
    await pipe.openTab('samples');
    await expect(pipe.distribution()).toHaveText(['3× 1']);
  } finally {
    await app.kill();
  }
});
