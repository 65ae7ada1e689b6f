import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { chunkedTransaction, closeDb } from '@/lib/db';
import { progressReporter } from '@/lib/review/import-progress';
import { analyzeRecord } from '@/lib/review/records/analyze';
import { type ImportFormat, readRecords, refusalMessage } from '@/lib/review/records/records';
import { storeImportedRecord } from '@/lib/review/records/store';

const FORMATS: ImportFormat[] = ['auto', 'imo25', 'deepseek-outputs', 'proofdesk-json'];

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
  const { records, errors } = readRecords(text, format);
  const dryRun = values['dry-run'];
  // All or nothing: one bad line refuses the file, unless asked to skip bad lines.
  const refuse = !dryRun && errors.length > 0 && !values['skip-invalid'];
  const verb = refuse ? 'invalid' : 'skipped';
  for (const e of errors) process.stderr.write(`${file}:${e.line}: ${verb}: ${e.message}\n`);
  if (refuse) {
    process.stderr.write(`${refusalMessage(errors)} (--skip-invalid imports the rest)\n`);
    closeDb();
    return 1;
  }
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  const analysing = progressReporter('analysed', records.length, progress);
  const analyzed = records.map((record, i) => {
    const rec = analyzeRecord(record, format);
    analysing(i + 1);
    return rec;
  });
  const paths: string[] = [];
  if (!dryRun) {
    const storing = progressReporter('stored', analyzed.length, progress);
    await chunkedTransaction(
      analyzed,
      async (rec) => {
        paths.push(`/sessions/${await storeImportedRecord(rec)}`);
        storing(paths.length);
      },
      (rec) => `${file}:${rec.line}${rec.id ? ` (${rec.id})` : ''}`,
    );
  }
  const stored = paths.length;
  for (const [i, rec] of analyzed.entries()) {
    const path = paths[i] ?? null;
    if (values.json) {
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
      process.stdout.write(`${JSON.stringify({ id: rec.id, score: rec.score, findings })}\n`);
    } else {
      process.stdout.write(`${path ?? `(dry run) ${rec.id}`}\t${rec.findings.length} findings\n`);
    }
  }
  closeDb();
  process.stderr.write(
    `${records.length} record(s) read, ${stored} session(s) created, ${errors.length} line(s) skipped\n`,
  );
  return 0;
}
