/**
 * A fresh process's first pass of the checker over one corpus file: prints the CPU ms of
 * checking every record once, the checker loaded but never run before (checker-timing.ts).
 *
 *   node --import tsx scripts/checker-first-pass.ts FILE.jsonl
 */
import { quietKatexWarnings, readCorpusFile } from './checker-corpus';
import { printFirstPass } from './checker-timing';

quietKatexWarnings();
printFirstPass(readCorpusFile(process.argv[2]).records);
