import type { Run, RunStatus, SequencedRunEvent } from '@/lib/schemas';

/** One batch of a run's progress: new events, and the row's changes at a status change. */
export type ProgressBatch = {
  runId: string;
  events: SequencedRunEvent[];
  text?: string;
  reasoning?: string;
  status?: RunStatus;
  patch?: Partial<Pick<Run, 'error' | 'finishReason' | 'usage' | 'startedAt' | 'finishedAt'>>;
};

/** A stored event as written: its number and its JSON text, unparsed. */
export type StoredEventRow = { seq: number; data: string };
