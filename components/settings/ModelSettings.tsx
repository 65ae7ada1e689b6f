'use client';

import { useMutation, useQuery } from '@tanstack/react-query';

type RoleInfo = {
  role: string;
  configured: boolean;
  host: string | null;
  model: string | null;
  temperature: number | null;
  topP: number | null;
  maxTokens: number | null;
  hasKey: boolean;
  error: string | null;
};
type TestResult = { ok: boolean; latencyMs: number; model?: string; error?: string };

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  return body as T;
}

function RoleRow({ info }: { info: RoleInfo }) {
  const test = useMutation({
    mutationFn: () =>
      getJson<TestResult>('/api/settings/test', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: info.role }),
      }),
  });
  const r = test.data;
  return (
    <tr data-testid={`role-${info.role}`}>
      <th scope="row">{info.role}</th>
      <td>{info.configured ? info.model : <span className="error">{info.error}</span>}</td>
      <td>{info.host ?? '—'}</td>
      <td>
        {[
          info.temperature != null ? `temperature ${info.temperature}` : null,
          info.topP != null ? `top_p ${info.topP}` : null,
          info.maxTokens != null ? `max_tokens ${info.maxTokens}` : null,
        ]
          .filter(Boolean)
          .join(', ') || 'server defaults'}
      </td>
      <td>{info.hasKey ? 'key set' : 'no key'}</td>
      <td>
        <button
          type="button"
          data-testid="test-connection"
          disabled={!info.configured || test.isPending}
          onClick={() => test.mutate()}
        >
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <span data-testid="test-result" className={r ? (r.ok ? 'ok' : 'error') : ''}>
          {r
            ? r.ok
              ? ` OK · ${r.latencyMs} ms`
              : ` Failed after ${r.latencyMs} ms: ${r.error}`
            : ''}
          {test.error ? ` ${(test.error as Error).message}` : ''}
        </span>
      </td>
    </tr>
  );
}

/** Each role's model, endpoint host and sampling settings, with a connection test. */
export function ModelSettings() {
  const { data, error } = useQuery({
    queryKey: ['settings'],
    queryFn: () => getJson<{ roles: RoleInfo[] }>('/api/settings'),
  });
  if (error) return <p className="error">{(error as Error).message}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <table className="settings-table">
      <thead>
        <tr>
          <th>Role</th>
          <th>Model</th>
          <th>Endpoint host</th>
          <th>Sampling</th>
          <th>Key</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {data.roles.map((r) => (
          <RoleRow key={r.role} info={r} />
        ))}
      </tbody>
    </table>
  );
}
