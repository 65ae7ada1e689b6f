import { type APIRequestContext, expect } from '@playwright/test';
import { MOCK_PROBLEM } from '../../scripts/mock-model/proof-texts';
import { MOCK_STRUCTURED_PROOF } from '../../scripts/mock-model/structured-proof';
import { createSession, getSession } from './api';
import { mock } from './mock';

/**
 * A session whose one round is the scripted model's `structured` draft (issue 17: three
 * lemmas; Lemma 2 holds the planted flaw and Lemma 3 the gap), written at full speed. The
 * scripted model answers the same whatever the problem says.
 */
export async function structuredDraft(request: APIRequestContext, problem = MOCK_PROBLEM) {
  await mock.reset();
  await mock.scenario('structured', { tps: 0 });
  const id = await createSession(request, problem);
  const res = await request.post(`/api/sessions/${id}/runs`, { data: { kind: 'generate' } });
  expect(res.status()).toBe(202);
  await expect.poll(async () => (await getSession(request, id)).runs[0]?.status).toBe('succeeded');
  const round = (await getSession(request, id)).rounds[0];
  expect(round.proof).toBe(MOCK_STRUCTURED_PROOF);
  return { id, roundId: round.id };
}
