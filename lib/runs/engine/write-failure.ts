import type { RunWriteError } from './run-writer';

/** What a person reads when a run had to end because its progress could not be saved. */
export function writeFailureMessage(err: RunWriteError): string {
  return `${err.message}, even after retrying, so the run was stopped. Free disk space or close whatever holds the database, then start it again; the text received so far is saved as soon as the database can be written.`;
}
