import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb } from '@/lib/db';
import { analyzeRecord } from '@/lib/imports/analyze';
import { type ImportFormat, readRecords } from '@/lib/imports/records';
import { storeImportedRecord } from '@/lib/imports/store';

const FORMATS: ImportFormat[] = ['auto', 'imo25', 'deepseek-outputs', 'proofdesk-json'];

/** `proofdesk import`: stdout carries only results (paths or JSON); problems go to stderr. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const format = values.format as ImportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  const file = positionals[0];
  if (!file) throw new Error('which file? usage: proofdesk import FILE');
  const text = fs.readFileSync(file, 'utf8');
  const { records, errors } = readRecords(text, format);
  for (const e of errors) process.stderr.write(`${file}:${e.line}: skipped: ${e.message}\n`);
  let stored = 0;
  for (const record of records) {
    const rec = analyzeRecord(record, format);
    let path: string | null = null;
    if (!values['dry-run']) {
      path = `/sessions/${await storeImportedRecord(rec)}`;
      stored++;
    }
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
