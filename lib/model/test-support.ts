/**
 * Shared by the client tests: the scripted model server started in-process, a config
 * pointing at it, and a recorder for deltas. Not imported by application code.
 */
import type { startMockModelServer } from '@/scripts/mock-model/server';
import type { RoleConfig, StreamDelta } from './types';

export type MockHandle = Awaited<ReturnType<typeof startMockModelServer>>;

export function mockConfig(server: MockHandle, model = 'mock:tps=0'): RoleConfig {
  return { role: 'generator', baseURL: server.baseURL, apiKey: 'test-key-123', model };
}

export function recorder() {
  const deltas: StreamDelta[] = [];
  const joined = (type: StreamDelta['type']) =>
    deltas
      .filter((d) => d.type === type)
      .map((d) => d.delta)
      .join('');
  return {
    deltas,
    onDelta: (d: StreamDelta) => deltas.push(d),
    text: () => joined('text'),
    reasoning: () => joined('reasoning'),
  };
}

export async function control(server: MockHandle, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${server.url}/__control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`control failed: ${await res.text()}`);
}

export async function reset(server: MockHandle): Promise<void> {
  await fetch(`${server.url}/__reset`, { method: 'POST' });
}

export type LogEntry = {
  kind: string;
  closedByClient: boolean;
  closedAt: string | null;
  completed: boolean;
  status: number;
  params: Record<string, unknown>;
};

export async function requestLog(server: MockHandle): Promise<LogEntry[]> {
  return (await fetch(`${server.url}/__log`)).json() as Promise<LogEntry[]>;
}

/** A port nothing listens on: bind one, then close it. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}
