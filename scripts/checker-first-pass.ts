/**
 * One pass of the checker over a corpus file in a fresh process: prints the CPU ms of checking
 * every record once (checker-timing.ts). With `--after FILE…` the process first checks every
 * record of those files once, as a server has checked other proofs before this one.
 *
 *   node --import tsx scripts/checker-first-pass.ts FILE.jsonl [--after OTHER.jsonl …]
 *
 * Under V8's tracing flags (`node --trace-deopt …`) a line marks where the measured pass
 * begins, so what V8 did for the new proofs alone can be read after it.
 */
import { quietKatexWarnings, readCorpusFile } from './checker-corpus';
import { checkAll, printFirstPass } from './checker-timing';

quietKatexWarnings();
const [file, flag, ...others] = process.argv.slice(2);
if (flag === '--after') for (const other of others) checkAll(readCorpusFile(other).records);
const records = readCorpusFile(file).records;
if (process.execArgv.some((a) => a.startsWith('--trace'))) console.log('=== the measured pass ===');
printFirstPass(records);
