import { MOCK_URL } from './env';

export type MockRequest = {
  id: number;
  time: string;
  kind:
    | 'generation'
    | 'verification'
    | 'refinement'
    | 'meta-verification'
    | 'grading'
    | 'rubric-drafting'
    | 'part-refinement';
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
  closedByClient: boolean;
  closedAt: string | null;
  status: number;
  completed: boolean;
};

/** Drives the scripted model server's control endpoints from a test. */
export const mock = {
  async reset() {
    await fetch(`${MOCK_URL}/__reset`, { method: 'POST' });
  },
  async scenario(scenario: string, options: Record<string, unknown> = {}) {
    const res = await fetch(`${MOCK_URL}/__control`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario, ...options }),
    });
    if (!res.ok) throw new Error(`mock control failed: ${res.status} ${await res.text()}`);
  },
  async log(): Promise<MockRequest[]> {
    const res = await fetch(`${MOCK_URL}/__log`);
    const body = await res.json();
    return Array.isArray(body) ? body : body.requests;
  },
};
