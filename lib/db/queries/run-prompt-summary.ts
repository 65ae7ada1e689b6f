import 'server-only';
import type { RunPrompt } from '@/lib/schemas/prompts';
import { listSessionRunPrompts, type RunPromptRow } from './prompts';

/** A run's prompts by purpose, set and template: one line each, however many requests. */
export function summarizeRunPrompts(rows: RunPromptRow[]): Map<string, RunPrompt[]> {
  const byRun = new Map<string, RunPrompt[]>();
  for (const row of rows) {
    const list = byRun.get(row.runId) ?? [];
    const same = list.find(
      (p) =>
        p.purpose === row.purpose && p.set === row.setName && p.templateHash === row.templateHash,
    );
    if (same) same.distinct++;
    else
      list.push({
        purpose: row.purpose,
        set: row.setName,
        templateHash: row.templateHash,
        parser: row.parser,
        messagesHash: row.messagesHash,
        distinct: 1,
      });
    byRun.set(row.runId, list);
  }
  return byRun;
}

/** Every run's prompts in a session, by run id. */
export async function sessionRunPrompts(sessionId: string): Promise<Map<string, RunPrompt[]>> {
  return summarizeRunPrompts(await listSessionRunPrompts(sessionId));
}
