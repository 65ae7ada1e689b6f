import 'server-only';
import { lastRoundRowid, newId } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { scheduleImportChecks } from '@/lib/findings/import-checks';
import { warmImportWorkers } from '@/lib/review/records/analyze-pool';
import {
  type ImportFormat,
  parseRecordLine,
  type RecordError,
  readRecordValue,
  refusalMessage,
} from '@/lib/review/records/records';
import { type ImportJob, MAX_REVIEW_IMPORT_BYTES, type ReviewImportResult } from '@/lib/schemas';
import { countRecordLines, type ImportOptions, importRecords } from './import-records';

/**
 * `importRecords`, then the checker on the new proofs in the background (the import itself
 * does not run it). The web's imports go through here; `proofdesk import` leaves the checking
 * to the server's periodic sweep.
 */
export async function importThenCheck(
  text: string,
  format: ImportFormat,
  options: ImportOptions,
): Promise<ReviewImportResult> {
  const before = await lastRoundRowid();
  const result = await importRecords(text, format, options);
  if (!options.dryRun) void scheduleImportChecks(before);
  return result;
}

/**
 * An import request has arrived and its body is on its way: start the workers now when it
 * declares a size that will be analysed in them (and that the route accepts).
 */
export function warmForUpload(req: Request): void {
  const bytes = Number(req.headers.get('content-length'));
  if (bytes > 0 && bytes <= MAX_REVIEW_IMPORT_BYTES) warmImportWorkers(bytes);
}

/** A finished job is kept this long for the page to read its result. */
const KEEP_MS = 10 * 60_000;

type Job = {
  id: string;
  state: ImportJob['state'];
  done: number;
  total: number;
  startedAt: number;
  finishedAt: number | null;
  error: string | null;
  result: ReviewImportResult | null;
};

const key = Symbol.for('proofdesk.importJobs');
type G = typeof globalThis & { [key]?: Map<string, Job> };
const jobs = () => {
  const g = globalThis as G;
  g[key] ??= new Map();
  return g[key];
};

/**
 * The first record's own fault (not JSON, or not a record of `format`), if it has one. Reads
 * up to the first non-blank line only: the file may be 20 MB, and the import splits it later.
 */
function firstRecordError(text: string, format: ImportFormat): RecordError | null {
  for (let start = 0, line = 1; start < text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (!raw.trim()) continue;
    const parsed = parseRecordLine(raw, line);
    if (!parsed || !('value' in parsed)) return parsed;
    const record = readRecordValue(parsed.value, line, format);
    return 'kind' in record ? null : record;
  }
  return null;
}

/**
 * Starts a web bulk import and returns at once; the page polls `importJobStatus`. Jobs live
 * in this process's memory: after a restart the job is gone, and so is its import (the
 * transaction never committed), which the page says.
 */
export function startImportJob(
  text: string,
  format: ImportFormat,
  skipInvalid: boolean,
): ImportJob {
  // A file that is wrong from its first record is refused at once, as the plain import route
  // refuses it, rather than as a job that fails a moment later (all or nothing either way).
  const first = skipInvalid ? null : firstRecordError(text, format);
  if (first) throw new AppError('bad_request', refusalMessage([first]), { errors: [first] });
  const job: Job = {
    id: newId(),
    state: 'running',
    done: 0,
    // Known at once, so the page's first look already says "0 / N".
    total: countRecordLines(text),
    startedAt: performance.now(),
    finishedAt: null,
    error: null,
    result: null,
  };
  jobs().set(job.id, job);
  const finish = (patch: Partial<Job>) => {
    Object.assign(job, patch, { finishedAt: performance.now() });
    setTimeout(() => jobs().delete(job.id), KEEP_MS).unref();
  };
  importThenCheck(text, format, {
    dryRun: false,
    skipInvalid,
    onProgress: (done, total) => Object.assign(job, { done, total }),
  }).then(
    (result) =>
      finish({ state: 'done', result, done: result.records.length + result.errors.length }),
    (err: Error) => finish({ state: 'failed', error: err.message }),
  );
  return importJobStatus(job.id);
}

/** A job as the page shows it: progress, rate and ETA, then the result or the failure. */
export function importJobStatus(id: string): ImportJob {
  const job = jobs().get(id);
  if (!job) throw notFound('Import');
  const elapsedMs = (job.finishedAt ?? performance.now()) - job.startedAt;
  const perSec = job.done > 0 && elapsedMs > 0 ? (job.done * 1000) / elapsedMs : 0;
  const etaSec =
    job.state === 'running' && perSec > 0 ? Math.ceil((job.total - job.done) / perSec) : null;
  return {
    id: job.id,
    state: job.state,
    done: job.done,
    total: job.total,
    elapsedMs: Math.round(elapsedMs),
    perSec: Math.round(perSec),
    etaSec,
    error: job.error,
    result: job.result,
  };
}
