import type { ImportJob, ReviewImportResult, ReviewQuery, ReviewQueue } from '@/lib/schemas';
import { queryString, type ReadOptions, type Send } from './request';

/** Reviewing imported model proofs: the bulk import (with a dry run) and the review queue. */
export const reviewApi = (send: Send) => ({
  /**
   * JSONL records, one session each. `dryRun` only previews; `skipInvalid` imports the valid
   * records when some lines are bad (by default one bad line refuses the whole file).
   */
  importRecords: (
    text: string,
    input: { format: string; dryRun: boolean; skipInvalid?: boolean },
  ) =>
    send<ReviewImportResult>(`/api/review/import${queryString(input)}`, {
      text: { body: text, type: 'application/x-ndjson' },
    }),
  /** The same import as a job the page follows (`importJob`): progress, records/s, ETA. */
  startImport: (text: string, input: { format: string; skipInvalid: boolean }) =>
    send<ImportJob>(`/api/review/import/jobs${queryString(input)}`, {
      text: { body: text, type: 'application/x-ndjson' },
    }),
  importJob: (id: string, o: ReadOptions = {}) =>
    send<ImportJob>(`/api/review/import/jobs/${encodeURIComponent(id)}`, o),
  queue: (filters: Partial<ReviewQuery>, o: ReadOptions = {}) =>
    send<ReviewQueue>(`/api/review${queryString(filters)}`, o),
});
