import { MAX_TITLE_CHARS } from '@/lib/schemas';
import { type RecordReference, referenceFromValue } from '../reference-fields';
import { type AnalyzedRecord, analyzeRecord } from './analyze';
import { type ImportFormat, parseRecordLine, type RecordError, readRecordValue } from './records';

/** One record read, analysed and ready to store: what a worker hands back per line. */
export type PreparedRecord = {
  rec: AnalyzedRecord;
  title: string | undefined;
  reference: RecordReference | null;
};

/** What one JSONL line became: a record ready to store, a line error, or null when blank. */
export type PreparedLine = PreparedRecord | RecordError | null;

export const isPrepared = (p: PreparedLine): p is PreparedRecord => p !== null && 'rec' in p;

/**
 * Everything a bulk import does to one line before storing it, in one pass over the JSON
 * (it was parsed twice: once for the record, once for its reference fields). Pure, so it
 * runs in a worker thread (`analyze-pool`) as well as inline.
 */
export function prepareLine(raw: string, line: number, format: ImportFormat): PreparedLine {
  const parsed = parseRecordLine(raw, line);
  if (!parsed || !('value' in parsed)) return parsed;
  const { value } = parsed;
  const record = readRecordValue(value, line, format);
  if (!('kind' in record)) return record;
  const rec = analyzeRecord(record, format);
  const explicitId = record.kind === 'deepseek' ? record.data.problem_idx : record.data.id;
  const named = record.kind === 'review' ? record.data.title : undefined;
  const title = (named ?? (explicitId !== undefined ? String(explicitId) : undefined))?.slice(
    0,
    MAX_TITLE_CHARS,
  );
  return { rec, title, reference: referenceFromValue(value) };
}

/** A run of consecutive lines, numbered from `firstLine` (1-based): a worker's unit of work. */
export type LineChunk = { firstLine: number; lines: string[]; format: ImportFormat };

export function prepareChunk({ firstLine, lines, format }: LineChunk): PreparedLine[] {
  return lines.map((raw, i) => prepareLine(raw, firstLine + i, format));
}
