import type { InFlightStats } from '../../scripts/mock-model/in-flight';
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

/** Drives the control endpoints of the scripted model server at `base` from a test. */
export function mockAt(base: string) {
  return {
    async reset() {
      await fetch(`${base}/__reset`, { method: 'POST' });
    },
    async scenario(scenario: string, options: Record<string, unknown> = {}) {
      const res = await fetch(`${base}/__control`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenario, ...options }),
      });
      if (!res.ok) throw new Error(`mock control failed: ${res.status} ${await res.text()}`);
    },
    async log(): Promise<MockRequest[]> {
      const res = await fetch(`${base}/__log`);
      const body = await res.json();
      return Array.isArray(body) ? body : body.requests;
    },
    /** Chat requests open now and the most open at once since the last reset. */
    async stats(): Promise<InFlightStats> {
      return (await fetch(`${base}/__stats`)).json();
    },
  };
}

export type MockControl = ReturnType<typeof mockAt>;

/** The scripted model server of this worker's slot (the shared app's). */
export const mock = mockAt(MOCK_URL);
