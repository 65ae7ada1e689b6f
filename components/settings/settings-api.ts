/** Shapes of the settings endpoints as the page reads them (keys never included). */
export type DroppedParam = { param: string; value: unknown; reason: string };

export type RoleInfo = {
  role: string;
  configured: boolean;
  host: string | null;
  model: string | null;
  provider: string | null;
  providerSource: 'auto' | 'set' | null;
  sent: Record<string, unknown>;
  dropped: DroppedParam[];
  hasKey: boolean;
  error: string | null;
};

export type TestResult = {
  ok: boolean;
  latencyMs: number;
  provider: string;
  providerLabel: string;
  dropped: DroppedParam[];
  model?: string;
  answer?: string;
  reasoningArrived?: boolean;
  reasoningTokens?: number | null;
  finishReason?: string | null;
  error?: string;
};

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  return body as T;
}
