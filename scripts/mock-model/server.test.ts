import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generationMessages } from '@/lib/prompts/generate';
import { verificationMessages } from '@/lib/prompts/verify';
import { MOCK_FLAWED_LINE, MOCK_GENERATION_ANSWER, MOCK_PROBLEM, MOCK_PROOF } from './proof-texts';
import { type MockModelServer, startMockModelServer } from './server';

let server: MockModelServer;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.url}/__reset`, { method: 'POST' });
});

const post = (path: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });

function chat(model: string, extra: Record<string, unknown> = {}, signal?: AbortSignal) {
  return post(
    '/v1/chat/completions',
    { model, messages: generationMessages(MOCK_PROBLEM), stream: true, ...extra },
    signal,
  );
}

/** Parses an SSE body into its data payloads (JSON where it parses, raw text otherwise). */
async function events(res: Response): Promise<unknown[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => {
      const data = block.slice(6);
      try {
        return JSON.parse(data);
      } catch {
        return data;
      }
    });
}

type Chunk = {
  choices: { delta: Record<string, string>; finish_reason: string | null }[];
  usage?: unknown;
};
const field = (chunks: unknown[], name: string) =>
  (chunks as Chunk[]).map((c) => c.choices?.[0]?.delta?.[name] ?? '').join('');

const log = async () => (await fetch(`${server.url}/__log`)).json();

describe('mock model server: protocol', () => {
  it('streams reasoning then content, a finish chunk, usage and [DONE]', async () => {
    const res = await chat('mock:tps=0', { stream_options: { include_usage: true } });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const all = await events(res);
    expect(all.at(-1)).toBe('[DONE]');
    const chunks = all.slice(0, -1) as Chunk[];
    expect(field(chunks, 'content')).toBe(MOCK_GENERATION_ANSWER);
    expect(field(chunks, 'reasoning_content').length).toBeGreaterThan(50);
    const firstContent = chunks.findIndex((c) => c.choices[0]?.delta.content);
    const lastReasoning = chunks.findLastIndex((c) => c.choices[0]?.delta.reasoning_content);
    expect(lastReasoning).toBeLessThan(firstContent);
    expect(chunks.at(-2)?.choices[0].finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { completion_tokens: expect.any(Number) },
    });
  });

  it('omits usage unless asked', async () => {
    const chunks = (await events(await chat('mock:tps=0'))).slice(0, -1) as Chunk[];
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it('answers without streaming too, honouring max_tokens', async () => {
    const res = await post('/v1/chat/completions', {
      model: 'mock',
      messages: generationMessages(MOCK_PROBLEM),
      max_tokens: 1,
    });
    const body = await res.json();
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0].finish_reason).toBe('length');
    expect(body.usage.completion_tokens).toBe(1);
  });

  it('paces chunks at tps: many small writes, not one burst', async () => {
    // Counted in reads, not seconds: unthrottled, the ~414 chunks leave in a few large
    // writes; paced, each timer wake-up sends only what is due. A loaded machine wakes
    // less often (fewer, larger writes) but never sends the whole answer at once.
    const reads = async (tps: number) => {
      const res = await chat(`mock:tps=${tps}`);
      const reader = res.body?.getReader();
      if (!reader) throw new Error('no body');
      let n = 0;
      while (!(await reader.read()).done) n++;
      return n;
    };
    // Unthrottled it is a role chunk, two batches of 256 and the tail: four writes.
    expect(await reads(400)).toBeGreaterThanOrEqual(8);
  });

  it('logs when each paced write left: pieces sent so far, rising to the whole answer, in time order', async () => {
    const chunks = await events(await chat('mock:tps=400'));
    const [entry] = await log();
    const timeline = (await (await fetch(`${server.url}/__sends`)).json())[entry.id] as [
      number,
      number,
    ][];
    expect(timeline.length).toBeGreaterThanOrEqual(8);
    for (let k = 1; k < timeline.length; k++) {
      expect(timeline[k][0]).toBeGreaterThan(timeline[k - 1][0]);
      expect(timeline[k][1]).toBeGreaterThanOrEqual(timeline[k - 1][1]);
    }
    // Every piece went out: the role chunk, each piece, then finish (and usage) chunks.
    const pieces = (chunks as Chunk[]).filter(
      (c) => c.choices?.[0]?.delta?.content || c.choices?.[0]?.delta?.reasoning_content,
    ).length;
    expect(timeline.at(-1)?.[0]).toBe(pieces);
    await fetch(`${server.url}/__reset`, { method: 'POST' });
    expect(await (await fetch(`${server.url}/__sends`)).json()).toEqual({});
  });

  it('lists models, rejects unknown mock scenarios and bad bodies', async () => {
    const models = await (await fetch(`${server.url}/v1/models`)).json();
    expect(models.data.map((m: { id: string }) => m.id)).toContain('mock-slow');
    const unknown = await chat('mock-nonsense');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toMatch(/does not exist/);
    const bad = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: '{oops' });
    expect(bad.status).toBe(400);
    expect((await chat('some-real-model-name:tps=0')).status).toBe(200);
  });

  it('answers a verification request with findings on the flawed line', async () => {
    const res = await post('/v1/chat/completions', {
      model: 'mock',
      messages: verificationMessages(MOCK_PROBLEM, MOCK_PROOF),
    });
    const content: string = (await res.json()).choices[0].message.content;
    const line = MOCK_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;
    expect(content).toContain(`Severity: critical\nLines: L${line}\n`);
    expect((await log())[0].kind).toBe('verification');
  });
});

describe('mock model server: scenarios', () => {
  it('429: the first two requests after control get 429 with Retry-After', async () => {
    await post('/__control', { scenario: '429' });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await chat('mock:tps=0');
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers.get('retry-after')).toBe('1');
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('500: always, with a JSON error body', async () => {
    const res = await chat('mock-500');
    expect(res.status).toBe(500);
    expect((await res.json()).error.message).toMatch(/internal error/);
  });

  it('cut: destroys the socket mid-content', async () => {
    const res = await chat('mock-cut:tps=0');
    await expect(res.text()).rejects.toThrow();
    const [entry] = await log();
    expect(entry).toMatchObject({ closedByClient: false, completed: false, scenario: 'cut' });
  });

  it('garbage: sends an unclosed JSON chunk mid-stream, and unreadable verifications', async () => {
    const text = await (await chat('mock-garbage:tps=0')).text();
    expect(text).toContain('data: {"choices":[{"delta":{"content":\n\n');
    const verify = await post('/v1/chat/completions', {
      model: 'mock-garbage',
      messages: verificationMessages(MOCK_PROBLEM, MOCK_PROOF),
    });
    expect((await verify.json()).choices[0].message.content).not.toMatch(/ISSUE|boxed/);
  });

  it('length: stops mid-proof with finish_reason length', async () => {
    const chunks = (await events(await chat('mock-length:tps=0'))).slice(0, -1) as Chunk[];
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe('length');
    const content = field(chunks, 'content');
    expect(content.length).toBeLessThan(MOCK_GENERATION_ANSWER.length * 0.6);
  });

  it('silent: headers at once, no chunk until silenceMs has passed', async () => {
    // A 30 s silence: the headers arrive (fetch resolves) while the body has nothing yet.
    const res = await chat('mock-silent:tps=0,silenceMs=30000');
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = reader.read();
    const nothingYet = Symbol('nothing yet');
    const early = await Promise.race([first, sleep(300).then(() => nothingYet)]);
    expect(early).toBe(nothingYet);
    await reader.cancel();
  });

  it('think tags and the reasoning field', async () => {
    const tags = field(await events(await chat('mock-think-tags:tps=0')), 'content');
    expect(tags).toMatch(/^<think>We need[\s\S]*<\/think>\n\n## Solution/);
    const unopened = field(await events(await chat('mock-think-unopened:tps=0')), 'content');
    expect(unopened).toMatch(/^We need[\s\S]*<\/think>\n\n## Solution/);
    const reasoning = field(await events(await chat('mock-reasoning-field:tps=0')), 'reasoning');
    expect(reasoning).toMatch(/^We need/);
  });

  it('control options override the model name until reset; `only` limits a scenario to one kind', async () => {
    await post('/__control', { scenario: '500', only: 'verification' });
    expect((await chat('mock:tps=0')).status).toBe(200);
    const verify = await post('/v1/chat/completions', {
      model: 'mock',
      messages: verificationMessages(MOCK_PROBLEM, MOCK_PROOF),
    });
    expect(verify.status).toBe(500);
    expect((await post('/__control', { scenario: 'nope' })).status).toBe(400);
    expect((await post('/__control', { tps: 'fast' })).status).toBe(400);
    await post('/__reset', {});
    expect(await log()).toEqual([]);
  });

  it('logs a client that hangs up as closedByClient, and keeps serving', async () => {
    const controller = new AbortController();
    const res = await chat('mock-slow', {}, controller.signal);
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await expect.poll(async () => (await log())[0].closedByClient, { timeout: 10_000 }).toBe(true);
    const entry = (await log())[0];
    expect(entry).toMatchObject({ closedByClient: true, completed: false });
    expect(entry.closedAt).toEqual(expect.any(String));
    expect((await chat('mock:tps=0')).status).toBe(200);
  });
});

describe('mock model server: GET /__stats', () => {
  const stats = async () => (await fetch(`${server.url}/__stats`)).json();

  it('reports the most chat requests it had open at once, until reset', async () => {
    // The test before this one cuts a request: the server may hear of it a moment later.
    await expect.poll(async () => (await stats()).inFlight).toBe(0);
    await fetch(`${server.url}/__reset`, { method: 'POST' });
    const slow = { latencyMs: 300 };
    await post('/__control', { scenario: 'default', ...slow, tps: 0 });
    const three = [chat('mock'), chat('mock'), chat('mock')];
    await sleep(100);
    expect(await stats()).toMatchObject({ inFlight: 3, maxInFlight: 3, total: 3 });
    await Promise.all((await Promise.all(three)).map((r) => r.text()));
    expect(await stats()).toMatchObject({ inFlight: 0, maxInFlight: 3 });
    await fetch(`${server.url}/__reset`, { method: 'POST' });
    expect(await stats()).toEqual({ inFlight: 0, maxInFlight: 0, total: 0 });
  });
});
