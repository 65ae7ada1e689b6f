import 'server-only';
import { recordImportedSession, setSessionReference } from '@/lib/db';
import { newId } from '@/lib/db/ids';
import { analyzeRecord } from '@/lib/imports/analyze';
import { type ImportFormat, readRecords } from '@/lib/imports/records';
import { storeImportedRecord } from '@/lib/imports/store';
import { truncateTex } from '@/lib/math/truncateTex';
import type { ReviewImportPreview, ReviewImportResult } from '@/lib/schemas';
import { MAX_TITLE_CHARS } from '@/lib/schemas';
import { referenceFromLine } from './reference-fields';

/**
 * The web UI's bulk import: the same reading and analysis as `proofdesk import` (one session
 * per record, the proof as round 1, the report's findings on its lines), plus the record's
 * reference solution when it has one, and a batch id so the review queue can walk exactly
 * what was imported. A dry run stores nothing and shows what would be created.
 */
export async function importReviewRecords(
  text: string,
  format: ImportFormat,
  dryRun: boolean,
): Promise<ReviewImportResult> {
  const { records, errors } = readRecords(text, format);
  const rawLines = text.split(/\r?\n/);
  const batchId = dryRun ? null : newId();
  const previews: ReviewImportPreview[] = [];
  for (const record of records) {
    const rec = analyzeRecord(record, format);
    const reference = referenceFromLine(rawLines[record.line - 1]);
    const explicitId = record.kind === 'deepseek' ? record.data.problem_idx : record.data.id;
    const named = record.kind === 'review' ? record.data.title : undefined;
    const title = (named ?? (explicitId !== undefined ? String(explicitId) : undefined))?.slice(
      0,
      MAX_TITLE_CHARS,
    );
    let sessionId: string | null = null;
    if (batchId) {
      sessionId = await storeImportedRecord(rec, title);
      await recordImportedSession({ sessionId, batchId, line: rec.line, externalId: rec.id });
      if (reference) await setSessionReference(sessionId, { problemId: null, ...reference });
    }
    previews.push({
      line: rec.line,
      id: rec.id,
      title: title ?? truncateTex(rec.problem.split('\n')[0], 120),
      score: rec.score,
      findings: rec.findings.length,
      anchored: rec.findings.filter((f) => f.anchor && f.anchor.confidence !== 'orphan').length,
      hasReference: reference !== null,
      sessionId,
    });
  }
  return { dryRun, batchId, records: previews, errors };
}
