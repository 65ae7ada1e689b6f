import type { RunEvent } from '@/lib/schemas';

/**
 * A run's text and reasoning, rebuilt from its event log. While a run streams, only its
 * events (the deltas) are written; `runs.text`/`reasoning` are written at its status
 * changes (start, end, recovery). So a run not yet finished reads its text from here.
 */
export function foldRunText(events: Iterable<RunEvent>): { text: string; reasoning: string } {
  const text: string[] = [];
  const reasoning: string[] = [];
  for (const e of events) {
    if (e.type === 'text') text.push(e.delta);
    else if (e.type === 'reasoning') reasoning.push(e.delta);
    else if (e.type === 'replace') {
      text.length = reasoning.length = 0;
      text.push(e.text);
      reasoning.push(e.reasoning);
    }
  }
  return { text: text.join(''), reasoning: reasoning.join('') };
}
