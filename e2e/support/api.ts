import type { APIRequestContext } from '@playwright/test';
import type { SessionDetail } from '@/lib/schemas';

/** Reads what the server stored, to assert that nothing the user did was lost. */
export async function getSession(request: APIRequestContext, id: string): Promise<SessionDetail> {
  const res = await request.get(`/api/sessions/${id}`);
  if (!res.ok()) throw new Error(`GET session ${id}: ${res.status()}`);
  return res.json();
}

export async function createSession(request: APIRequestContext, problem: string): Promise<string> {
  const res = await request.post('/api/sessions', { data: { problem } });
  if (res.status() !== 201) throw new Error(`POST session: ${res.status()} ${await res.text()}`);
  return (await res.json()).id;
}
