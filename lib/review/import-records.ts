import 'server-only';
import {
  chunkedTransaction,
  mapInSlices,
  newId,
  recordImportedSession,
  setSessionReference,
} from '@/lib/db';
import { AppError } from '@/lib/errors';
import { truncateTex } from '@/lib/math/truncate-tex';
import { type AnalyzedRecord, analyzeRecord } from '@/lib/review/records/analyze';
import {
  type ImportFormat,
  type ImportRecord,
  readRecordLine,
  refusalMessage,
  splitRecords,
} from '@/lib/review/records/records';
import { storeImportedRecord } from '@/lib/review/records/store';
import type { ReviewImportPreview, ReviewImportResult } from '@/lib/schemas';
import { MAX_TITLE_CHARS } from '@/lib/schemas';
import { referenceFromLine } from './reference-fields';

type Prepared = {
  rec: AnalyzedRecord;
  title: string | undefined;
  reference: ReturnType<typeof referenceFromLine>;
};

function prepare(record: ImportRecord, format: ImportFormat, rawLines: string[]): Prepared {
  const rec = analyzeRecord(record, format);
  const reference = referenceFromLine(rawLines[record.line - 1]);
  const explicitId = record.kind === 'deepseek' ? record.data.problem_idx : record.data.id;
  const named = record.kind === 'review' ? record.data.title : undefined;
  const title = (named ?? (explicitId !== undefined ? String(explicitId) : undefined))?.slice(
    0,
    MAX_TITLE_CHARS,
  );
  return { rec, title, reference };
}

/**
 * The web UI's bulk import: the same reading and analysis as `proofdesk import` (one session
 * per record, the proof as round 1, the report's findings on its lines), plus the record's
 * reference solution when it has one, and a batch id so the review queue can walk exactly
 * what was imported. A dry run stores nothing and shows what would be created.
 *
 * A real import is all or nothing (issue 11): one transaction, and any invalid line refuses
 * the whole file, naming the line — unless `skipInvalid` (the person saw the preview's
 * errors and chose to import the rest). Reading, analysis and storing are cut into ~10 ms
 * slices so live streams keep flowing while thousands of records import.
 */
export async function importReviewRecords(
  text: string,
  format: ImportFormat,
  dryRun: boolean,
  skipInvalid = false,
): Promise<ReviewImportResult> {
  const rawLines = text.split(/\r?\n/);
  const { records, errors } = splitRecords(
    await mapInSlices(rawLines, (raw, i) => readRecordLine(raw, i + 1, format)),
  );
  if (!dryRun && errors.length && !skipInvalid) {
    throw new AppError('bad_request', refusalMessage(errors));
  }
  const prepared = await mapInSlices(records, (r) => prepare(r, format, rawLines));
  const batchId = dryRun ? null : newId();
  const sessionIds: string[] = [];
  if (batchId && prepared.length) {
    await chunkedTransaction(
      prepared,
      async ({ rec, title, reference }) => {
        const sessionId = await storeImportedRecord(rec, title);
        await recordImportedSession({ sessionId, batchId, line: rec.line, externalId: rec.id });
        if (reference) await setSessionReference(sessionId, { problemId: null, ...reference });
        sessionIds.push(sessionId);
      },
      ({ rec }) => `The record on line ${rec.line}${rec.id ? ` (${rec.id})` : ''}`,
    );
  }
  const previews: ReviewImportPreview[] = prepared.map(({ rec, title, reference }, i) => ({
    line: rec.line,
    id: rec.id,
    title: title ?? truncateTex(rec.problem.split('\n')[0], 120),
    score: rec.score,
    findings: rec.findings.length,
    anchored: rec.findings.filter((f) => f.anchor && f.anchor.confidence !== 'orphan').length,
    hasReference: reference !== null,
    sessionId: sessionIds[i] ?? null,
  }));
  return { dryRun, batchId, records: previews, errors };
}
