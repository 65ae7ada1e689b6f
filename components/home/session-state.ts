import type { SessionSummary } from '@/lib/schemas';

/** How home words a session's last run ("verify failed", "never run"). */
export function lastRunLabel(s: SessionSummary): string {
  if (!s.lastRunStatus) return 'never run';
  const what = s.lastRunKind ?? 'run';
  const state: Record<string, string> = {
    queued: 'queued',
    running: 'running',
    succeeded: 'done',
    failed: 'failed',
    stopped: 'stopped',
    interrupted: 'interrupted',
  };
  return `${what} ${state[s.lastRunStatus] ?? s.lastRunStatus}`;
}

export function ago(ms: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}
