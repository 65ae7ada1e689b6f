import type { SessionDetail } from '@/lib/schemas';

/** JSON calls to an app server of a test's own (the `request` fixture is bound to the shared one). */
export class AppClient {
  constructor(
    readonly base: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async call(method: string, url: string, body?: unknown): Promise<Response> {
    return fetch(`${this.base}${url}`, {
      method,
      headers: {
        ...this.headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await this.call(method, url, body);
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  createSession(problem: string): Promise<{ id: string }> {
    return this.json('POST', '/api/sessions', { problem });
  }

  session(id: string): Promise<SessionDetail> {
    return this.json('GET', `/api/sessions/${id}`);
  }

  startRun(sessionId: string, kind: 'generate' | 'verify' | 'refine'): Promise<{ runId: string }> {
    return this.json('POST', `/api/sessions/${sessionId}/runs`, { kind });
  }

  run(id: string): Promise<{ id: string; status: string; text: string; kind: string }> {
    return this.json('GET', `/api/runs/${id}`);
  }

  /** Polls until a run is finished (any terminal status) and returns it. */
  async settle(runId: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const run = await this.run(runId);
      if (['succeeded', 'failed', 'stopped', 'interrupted'].includes(run.status)) return run;
      if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The text a run's SSE log adds up to (a finished run replays its whole log from SQLite). */
  async replayedText(runId: string): Promise<string> {
    const res = await this.call('GET', `/api/runs/${runId}/events`);
    if (res.status === 204) return '';
    let text = '';
    for (const line of (await res.text()).split('\n')) {
      if (!line.startsWith('data: ')) continue;
      const e = JSON.parse(line.slice(6));
      if (e.type === 'text') text += e.delta;
      if (e.type === 'replace') text = e.text;
    }
    return text;
  }
}
