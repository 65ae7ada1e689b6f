import { type OutcomeTone, runOutcome } from '@/lib/run-outcome';
import type { SessionSummary } from '@/lib/schemas';

/**
 * How home words and colours a session's last run ("verify failed", "autopilot verification
 * incomplete", "never run"): the same decision as the workbench's footer (`runOutcome`).
 */
export function lastRunState(s: SessionSummary): { label: string; tone: OutcomeTone } {
  const shown = runOutcome({ status: s.lastRunStatus, end: s.lastRunEnd });
  if (!s.lastRunStatus) return { label: shown.short, tone: shown.tone };
  return { label: `${s.lastRunKind ?? 'run'} ${shown.short}`, tone: shown.tone };
}

export function ago(ms: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}
