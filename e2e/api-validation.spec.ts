import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { createSession, getSession } from './support/api';
import { MOCK_URL, TEST_API_KEY } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test('oversized problem or proof: 413 with a message, nothing saved changes', async ({
  request,
}) => {
  const big = 'x'.repeat(200_001);
  const before = (await (await request.get('/api/sessions')).json()).sessions.length;
  const res = await request.post('/api/sessions', { data: { problem: big } });
  expect(res.status()).toBe(413);
  expect((await res.json()).error.message).toMatch(/larger than 200 kB/);
  expect((await (await request.get('/api/sessions')).json()).sessions.length).toBe(before);

  const id = await createSession(request, MOCK_PROBLEM);
  const patch = await request.patch(`/api/sessions/${id}`, { data: { problem: big } });
  expect(patch.status()).toBe(413);
  expect((await getSession(request, id)).problem).toBe(MOCK_PROBLEM);

  await mock.reset();
  const run = await request.post(`/api/sessions/${id}/runs`, { data: { kind: 'generate' } });
  expect(run.status()).toBe(202);
  await expect.poll(async () => (await getSession(request, id)).runs[0]?.status).toBe('succeeded');
  const round = (await getSession(request, id)).rounds[0];
  const tooBig = await request.patch(`/api/rounds/${round.id}`, { data: { proof: big } });
  expect(tooBig.status()).toBe(413);
  expect((await getSession(request, id)).rounds[0].proof).toBe(round.proof);
});

test('bad input gets 400/404 with a message, never a stack trace', async ({ request }) => {
  const cases = [
    request.post('/api/sessions', {
      data: '{not json',
      headers: { 'Content-Type': 'application/json' },
    }),
    request.post('/api/sessions', { data: { problem: 42 } }),
    request.post('/api/sessions', { data: { problem: 'p', baseURL: 'http://evil.example' } }),
    request.get('/api/sessions/does-not-exist'),
    request.get('/api/runs/does-not-exist'),
    request.patch('/api/findings/nope', { data: { decision: 'accepted' } }),
    request.patch('/api/findings/nope', { data: { decision: 'maybe' } }),
  ];
  const expected = [400, 400, 400, 404, 404, 404, 400];
  const responses = await Promise.all(cases);
  for (const [i, res] of responses.entries()) {
    expect(res.status(), `case ${i}`).toBe(expected[i]);
    const body = await res.json();
    expect(typeof body.error.message).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  }
});

test('no API reveals the model key or endpoint URL', async ({ request }) => {
  const settings = await (await request.get('/api/settings')).text();
  expect(settings).not.toContain(TEST_API_KEY);
  expect(settings).not.toContain('http://');
  // Not even the endpoint's host: the page names the variable that sets it.
  expect(settings).not.toContain(new URL(MOCK_URL).host);
  expect(settings).toContain('"endpointVar":"OPENAI_BASE_URL"');
  const id = await createSession(request, MOCK_PROBLEM);
  expect(JSON.stringify(await getSession(request, id))).not.toContain(TEST_API_KEY);
  // The request schema rejects any attempt to choose the endpoint.
  const res = await request.post(`/api/sessions/${id}/runs`, {
    data: { kind: 'generate', baseURL: 'http://127.0.0.1:1' },
  });
  expect(res.status()).toBe(400);
});
