/**
 * Every verdict the checker gives on the corpus, and whether each planted error is caught, as
 * one line each: to show that a change (a faster sampler) leaves every verdict as it was.
 *
 *   npm run checker:verdicts -- --corpus --out /tmp/before.txt       # record
 *   npm run checker:verdicts -- --corpus --against /tmp/before.txt   # compare; exit 1 on a change
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runChecker } from '../lib/checker';
import { corpusFiles, plantedOutcomes, quietKatexWarnings, readCorpusFile } from './checker-corpus';

function flagValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

function verdictLines(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const record of readCorpusFile(file).records) {
      const where = `${basename(file)} ${record.id}`;
      const { relations } = runChecker(record.proof);
      for (const r of relations)
        out.push(`${where} L${r.line} ${r.text} => ${r.verdict} ${r.witness ?? r.reason ?? ''}`);
      for (const p of plantedOutcomes(record, relations))
        if (p.planted)
          out.push(`${where} L${p.relation.line} ${p.relation.text} planted => ${p.caught}`);
    }
  }
  return out;
}

/** The lines of `a` not matched one-for-one by a line of `b`. */
function without(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const l of b) left.set(l, (left.get(l) ?? 0) + 1);
  return a.filter((l) => {
    const n = left.get(l) ?? 0;
    left.set(l, n - 1);
    return n <= 0;
  });
}

function main() {
  quietKatexWarnings();
  const args = process.argv.slice(2);
  const outFile = flagValue(args, '--out');
  const against = flagValue(args, '--against');
  const files = corpusFiles(args.filter((a) => a !== outFile && a !== against));
  const lines = verdictLines(files);
  if (outFile) writeFileSync(outFile, `${lines.join('\n')}\n`);
  if (!against) {
    console.log(`${lines.length} verdicts${outFile ? ` written to ${outFile}` : ''}`);
    return;
  }
  const before = readFileSync(against, 'utf8').split('\n').filter(Boolean);
  const gone = without(before, lines);
  const added = without(lines, before);
  for (const l of gone) console.log(`- ${l}`);
  for (const l of added) console.log(`+ ${l}`);
  console.log(
    `${lines.length} verdicts now, ${before.length} before: ${gone.length} gone, ${added.length} new`,
  );
  if (gone.length + added.length > 0) process.exit(1);
}

main();
