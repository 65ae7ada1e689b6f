import 'server-only';

export { selectedBackend } from './backend';
/**
 * The one door to persistence. Callers import from `@/lib/db` only; every function is
 * async so a Postgres backend can replace the SQLite one without touching them.
 */
export {
  chunkedTransaction,
  chunkedTransactionIdle,
  mapInSlices,
  noBulkTransaction,
  storeFailure,
  withBulkTransaction,
  yieldToEventLoop,
} from './chunked-transaction';
export { closeDb, databasePath } from './client';
export { newId } from './ids';
export * from './queries/autopilot-runs';
export * from './queries/bulk-copy';
export * from './queries/calibration';
export * from './queries/checker';
export * from './queries/checker-sweep';
export { dataGeneration } from './queries/data-generation';
export * from './queries/findings';
export * from './queries/grades';
export * from './queries/grades-page';
export * from './queries/import-bulk';
export * from './queries/logins';
export * from './queries/model-calls';
export * from './queries/part-verifications';
export * from './queries/person-findings';
export * from './queries/problems';
export * from './queries/prompts';
export * from './queries/references';
export { addReply } from './queries/replies';
export * from './queries/review';
export * from './queries/rounds';
export * from './queries/rubrics';
export * from './queries/run-events-many';
export * from './queries/run-leases';
export * from './queries/run-progress';
export * from './queries/run-prompt-summary';
export * from './queries/runs';
export * from './queries/search';
export * from './queries/session-delete';
export * from './queries/session-dump';
export * from './queries/session-list';
export * from './queries/session-restore';
export * from './queries/sessions';
export * from './queries/shares';
export * from './queries/verification';
export * from './queries/verification-read';
export * from './queries/verification-record';
export * from './queries/verification-settings';
export * from './run-channels';
