/**
 * Renders every problem, proof and report of the given JSONL files through the same
 * normalisation and KaTeX path as the UI and lists every formula that fails.
 *
 *   npm run eval:render -- ../shared/corpus/deepseek-math-v2/*.jsonl ../shared/corpus/verifier-reports/grok-4.jsonl
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  documentsOf,
  type EvalDocument,
  evaluateDocument,
  type RenderFailure,
} from '../lib/math/render-evaluation';

const SOURCE_PREVIEW = 200;

// KaTeX warns on the console for every character it has no metrics for (e.g. U+2011 in
// \text{}); it still renders them with a fallback font, so the warning is noise here.
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  if (!String(args[0]).startsWith('No character metrics')) warn(...args);
};

function loadDocuments(file: string): EvalDocument[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const record = JSON.parse(line) as Record<string, unknown>;
    const name = typeof record.id === 'string' ? record.id : `line ${index + 1}`;
    return documentsOf(record, `${basename(file)}:${name}`);
  });
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SOURCE_PREVIEW ? `${flat.slice(0, SOURCE_PREVIEW)}…` : flat;
}

/** The part of `text` around the first match of `pattern`. */
function around(text: string, pattern: RegExp): string {
  const at = Math.max(0, text.search(pattern));
  return text.slice(Math.max(0, at - 60), at + 80);
}

function main(files: string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run eval:render -- FILE.jsonl…');
    return 2;
  }
  const started = performance.now();
  let documents = 0;
  let segments = 0;
  const failures: RenderFailure[] = [];
  const leftovers: { id: string; text: string }[] = [];
  for (const file of files) {
    for (const doc of loadDocuments(file)) {
      const result = evaluateDocument(doc);
      documents++;
      segments += result.segments;
      failures.push(...result.failures);
      leftovers.push(...result.leftovers.map((text) => ({ id: doc.id, text })));
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`documents:       ${documents}`);
  console.log(`math segments:   ${segments}`);
  console.log(`KaTeX errors:    ${failures.length}`);
  const commands = leftovers.filter((l) => /\\/.test(l.text));
  console.log(`prose still showing a LaTeX command: ${commands.length} text runs`);
  console.log(
    `prose still showing a $ (unpaired in the source): ${leftovers.length - commands.length}`,
  );
  console.log(`time:            ${seconds} s`);
  for (const f of failures)
    console.log(`\nERROR ${f.id}\n  ${f.message}\n  source: ${preview(f.source)}`);
  const shown = [...commands, ...leftovers.filter((l) => !commands.includes(l))].slice(0, 40);
  if (shown.length > 0) console.log('\nProse still showing LaTeX (first 40, commands first):');
  for (const l of shown)
    console.log(`  ${l.id}: …${preview(around(l.text, /\\[a-zA-Z()[\]]|\$/))}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
