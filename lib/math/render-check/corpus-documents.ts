import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { CORPUS_DIR } from '@/test/corpus-dir';

// Callers check `corpusPresent` and skip with a message: a fresh clone has no corpus.
export { CORPUS_DIR };
export const corpusPresent = existsSync(CORPUS_DIR);

/** Every file of the shared corpus whose text a reader sees rendered. */
export const CORPUS_FILES: readonly string[] = [
  'verifier-reports/grok-4.jsonl',
  'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
  'deepseek-math-v2/Putnam2024.jsonl',
  'imo-proofbench/proofbench_v2.csv',
].map((file) => join(CORPUS_DIR, file));

/** The text fields of the corpus formats that a reader sees rendered (JSONL and CSV). */
const FIELDS: ReadonlyArray<readonly string[]> = [
  ['question'],
  ['problem'],
  ['proof'],
  ['report'],
  ['solution'],
  ['grading guidelines'],
  ['model_prediction', 'proof'],
  ['Problem'],
  ['Solution'],
  ['Grading guidelines'],
  ['Short Answer'],
];

export interface EvalDocument {
  id: string;
  text: string;
}

/** Every renderable string of one record, named `prefix:field`. */
export function documentsOf(record: unknown, prefix: string): EvalDocument[] {
  const docs: EvalDocument[] = [];
  for (const path of FIELDS) {
    let value: unknown = record;
    for (const key of path)
      value =
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value.trim())
      docs.push({ id: `${prefix}:${path.join('.')}`, text: value });
  }
  return docs;
}

/** The documents of one corpus file: JSONL (one record a line) or CSV with a header row. */
export function loadDocuments(file: string): EvalDocument[] {
  const text = readFileSync(file, 'utf8');
  const name = basename(file);
  if (file.endsWith('.csv')) {
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    return rows.flatMap((row, i) =>
      documentsOf(row, `${name}:${row['Problem ID'] || `row ${i + 1}`}`),
    );
  }
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    const record = JSON.parse(line) as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : `line ${index + 1}`;
    return documentsOf(record, `${name}:${id}`);
  });
}
