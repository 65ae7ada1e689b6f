import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { progressReporter } from '@/lib/review/import-progress';
import { importRecords } from '@/lib/review/import-records';
import type { AnalyzedRecord } from '@/lib/review/records/analyze';
import { closeImportPool } from '@/lib/review/records/analyze-pool';
import type { ImportFormat, RecordError } from '@/lib/review/records/records';

const FORMATS: ImportFormat[] = ['auto', 'imo25', 'deepseek-outputs', 'proofdesk-json'];

/** What `--json` prints per record: its id, score and findings with where they were placed. */
function jsonLine(rec: AnalyzedRecord): string {
  const findings = rec.findings.map((f) => ({
    severity: f.severity,
    quote: f.quote,
    description: f.description,
    anchor: f.anchor
      ? {
          startLine: f.anchor.startLine,
          endLine: f.anchor.endLine,
          confidence: f.anchor.confidence,
          similarity: f.anchor.similarity,
        }
      : null,
  }));
  return JSON.stringify({ id: rec.id, score: rec.score, findings });
}

const pathLine = (rec: AnalyzedRecord, sessionId: string | null) =>
  `${sessionId ? `/sessions/${sessionId}` : `(dry run) ${rec.id}`}\t${rec.findings.length} findings`;

/** Progress on stderr at most once a second: `stored 4,000/10,000 records · 812 records/s · ETA 8 s`. */
function progressOnStderr(stage: string) {
  let report: ((done: number) => void) | undefined;
  return (done: number, total: number) => {
    report ??= progressReporter(stage, total, (line) => process.stderr.write(`${line}\n`));
    report(done);
  };
}

/** `proofdesk import`: stdout carries only results (paths or JSON); problems go to stderr. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const format = values.format as ImportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  const file = positionals[0];
  if (!file) throw new Error('which file? usage: proofdesk import FILE');
  const text = fs.readFileSync(file, 'utf8');
  const dryRun = values['dry-run'];
  const outputs: string[] = [];
  let result: Awaited<ReturnType<typeof importRecords>>;
  try {
    result = await importRecords(text, format, {
      dryRun,
      skipInvalid: values['skip-invalid'],
      onProgress: progressOnStderr(dryRun ? 'analysed' : 'stored'),
      onRecord: ({ rec }, sessionId) =>
        outputs.push(values.json ? jsonLine(rec) : pathLine(rec, sessionId)),
    });
  } catch (err) {
    // All or nothing: one bad line refuses the file (stdout stays empty: nothing was created).
    const bad =
      (err instanceof AppError && (err.details as { errors?: RecordError[] })?.errors) || [];
    for (const e of bad) process.stderr.write(`${file}:${e.line}: invalid: ${e.message}\n`);
    const hint = bad.length ? ' (--skip-invalid imports the rest)' : '';
    process.stderr.write(`${(err as Error).message}${hint}\n`);
    await closeImportPool();
    closeDb();
    return 1;
  }
  for (const e of result.errors) process.stderr.write(`${file}:${e.line}: skipped: ${e.message}\n`);
  for (const line of outputs) process.stdout.write(`${line}\n`);
  await closeImportPool();
  closeDb();
  const stored = result.records.filter((r) => r.sessionId).length;
  process.stderr.write(
    `${result.records.length} record(s) read, ${stored} session(s) created, ${result.errors.length} line(s) skipped\n`,
  );
  // The checker is not part of the import (it would be over half its time): the server checks
  // imported rounds in the background, and any round still unchecked when a person opens it.
  if (stored && !dryRun)
    process.stderr.write(
      'The deterministic checker runs on them in the background once the server is up (or when a session is first opened).\n',
    );
  return 0;
}
