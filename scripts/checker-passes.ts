/**
 * Several passes of the checker over a corpus file in one fresh process, after one pass over
 * each of the other files: the first is what `checker-first-pass.ts` times (proofs new to the
 * process), the later ones the same proofs again, once V8 has compiled what they reach. Prints
 * CPU (the whole process) and wall time per 100k characters for each pass.
 *
 *   node --import tsx scripts/checker-passes.ts FILE.jsonl [--passes 4] [--after OTHER.jsonl …]
 */
import { quietKatexWarnings, readCorpusFile } from './checker-corpus';
import { checkAll } from './checker-timing';

quietKatexWarnings();
const args = process.argv.slice(2);
const file = args[0];
const passesAt = args.indexOf('--passes');
const passes = passesAt > 0 ? Number(args[passesAt + 1]) : 4;
const afterAt = args.indexOf('--after');
const others: string[] = [];
for (let i = afterAt + 1; afterAt > 0 && i < args.length && !args[i].startsWith('--'); i++)
  others.push(args[i]);
for (const other of others) checkAll(readCorpusFile(other).records);
const records = readCorpusFile(file).records;
const per100k = 1e5 / records.reduce((n, r) => n + r.proof.length, 0);
for (let pass = 1; pass <= passes; pass++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  checkAll(records);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `pass ${pass}: ${(cpuMs * per100k).toFixed(0)} ms CPU, ${(wall * per100k).toFixed(0)} ms wall per 100k characters`,
  );
}
