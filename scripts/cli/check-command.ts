import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runChecker } from '@/lib/checker';
import { readProofRecords } from '@/lib/checker/proof-records';
import { summaryLine } from '@/lib/checker/summary-line';

export const CHECK_USAGE = `Usage: proofdesk check FILE.jsonl [--json]

  Runs the deterministic checker (relations, numbers, TeX) on every proof of FILE: records
  {id, proof}, DeepSeekMath-V2 outputs or IMO25 reports. Stores nothing.
  --json     one JSON object per record on stdout: {id, stats, relations: [{line, text,
             verdict, witness?, reason?}]}`;

/** `proofdesk check`: results on stdout, unreadable lines on stderr; exit 1 when any line was unreadable. */
export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) throw new Error('which file? usage: proofdesk check FILE.jsonl');
  const { records, errors } = readProofRecords(fs.readFileSync(file, 'utf8'));
  for (const e of errors) process.stderr.write(`${file}: ${e}\n`);
  for (const record of records) {
    const result = runChecker(record.proof);
    const relations = result.relations.map(({ endLine: _end, ...r }) => r);
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ id: record.id, stats: result.stats, relations })}\n`,
      );
      continue;
    }
    process.stdout.write(`${record.id}: ${summaryLine(result.stats)}\n`);
    for (const r of relations)
      if (r.verdict === 'false')
        process.stdout.write(`  L${r.line} false: ${r.text}  (${r.witness})\n`);
    for (const f of result.findings)
      if (f.check !== 'relations')
        process.stdout.write(`  L${f.startLine} ${f.check}: ${f.description}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
