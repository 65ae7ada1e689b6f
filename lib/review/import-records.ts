import 'server-only';
import { SLICE_MS } from '@/lib/async/slices';
import {
  type ImportedSessionRow,
  insertImportedSession,
  newId,
  storeFailure,
  withBulkTransaction,
  yieldToEventLoop,
} from '@/lib/db';
import { AppError } from '@/lib/errors';
import { truncateTex } from '@/lib/math/truncate-tex';
import { analyzeLines } from '@/lib/review/records/analyze-pool';
import { isPrepared, type PreparedRecord } from '@/lib/review/records/prepare';
import { type ImportFormat, type RecordError, refusalMessage } from '@/lib/review/records/records';
import type { ReviewImportPreview, ReviewImportResult } from '@/lib/schemas';

export type ImportOptions = {
  dryRun: boolean;
  /** The person saw the bad lines and imports the rest (by default one bad line refuses all). */
  skipInvalid?: boolean;
  /** Records done (analysed in a dry run, stored otherwise) of `total` non-blank lines. */
  onProgress?: (done: number, total: number) => void;
  /** Each record as it is stored (or analysed, in a dry run), in line order. */
  onRecord?: (record: PreparedRecord, sessionId: string | null) => void;
};

/** How many records a JSONL text holds at most: its non-blank lines. */
export function countRecordLines(text: string | readonly string[]): number {
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
  return lines.reduce((n, l) => (l.trim() ? n + 1 : n), 0);
}

function rowOf({ rec, title, reference }: PreparedRecord, batchId: string): ImportedSessionRow {
  return {
    title: title ?? null,
    problem: rec.problem,
    proof: rec.proof,
    selfEvaluation: rec.selfEvaluation,
    selfScore: rec.selfScore,
    score: rec.score,
    findings: rec.findings,
    humanGrade: rec.humanGrade && {
      ...rec.humanGrade,
      text: 'Human grade released with the record (human_rating).',
    },
    batch: { batchId, line: rec.line, externalId: rec.id },
    reference,
  };
}

function previewOf({ rec, title, reference }: PreparedRecord, sessionId: string | null) {
  return {
    line: rec.line,
    id: rec.id,
    title: title ?? truncateTex(rec.problem.split('\n')[0], 120),
    score: rec.score,
    findings: rec.findings.length,
    anchored: rec.findings.filter((f) => f.anchor && f.anchor.confidence !== 'orphan').length,
    hasReference: reference !== null,
    sessionId,
  } satisfies ReviewImportPreview;
}

const nameOf = ({ rec }: PreparedRecord) =>
  `The record on line ${rec.line}${rec.id ? ` (${rec.id})` : ''}`;

/**
 * A bulk import, for the web UI and `proofdesk import` alike: one session per record (the
 * proof as round 1, the report's findings on its lines, the record's reference solution when
 * it has one), in a batch the review queue can walk. A dry run stores nothing and shows what
 * would be created.
 *
 * Worker threads read, check and anchor the lines (`analyzeLines`) while this thread stores
 * the records they finished, in line order, through prepared statements. The deterministic
 * checker is not run here: imported rounds are checked afterwards (`import-checks.ts`).
 *
 * A real import is all or nothing (issue 11): one transaction, and any invalid line refuses
 * the whole file, naming every bad line — unless `skipInvalid`. Storing yields every ~10 ms
 * so live streams keep flowing while thousands of records import.
 */
export async function importRecords(
  text: string,
  format: ImportFormat,
  options: ImportOptions,
): Promise<ReviewImportResult> {
  const { dryRun, skipInvalid = false, onProgress, onRecord } = options;
  const lines = text.split(/\r?\n/);
  const total = countRecordLines(lines);
  const batchId = dryRun ? null : newId();
  const errors: RecordError[] = [];
  const records: ReviewImportPreview[] = [];
  // After a bad line a real import only reads on, to name every bad line; then refuses.
  const refusing = () => !dryRun && !skipInvalid && errors.length > 0;
  const work = async () => {
    let sliceStart = performance.now();
    await analyzeLines(lines, format, async (chunk) => {
      for (const p of chunk) {
        if (p && !isPrepared(p)) errors.push(p);
        if (!p || !isPrepared(p)) continue;
        let sessionId: string | null = null;
        if (batchId && !refusing()) {
          try {
            sessionId = await insertImportedSession(rowOf(p, batchId));
          } catch (err) {
            throw storeFailure(nameOf(p), err);
          }
        }
        records.push(previewOf(p, sessionId));
        onRecord?.(p, sessionId);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      onProgress?.(records.length + errors.length, total);
    });
    if (refusing()) throw new AppError('bad_request', refusalMessage(errors), { errors });
  };
  if (dryRun) await work();
  else await withBulkTransaction(work);
  return { dryRun, batchId, records, errors };
}

/** The web route's form of `importRecords` (its arguments as they were). */
export function importReviewRecords(
  text: string,
  format: ImportFormat,
  dryRun: boolean,
  skipInvalid = false,
  onProgress?: ImportOptions['onProgress'],
): Promise<ReviewImportResult> {
  return importRecords(text, format, { dryRun, skipInvalid, onProgress });
}
