/**
 * What the checker costs a freshly started server in `bench:load`'s class: the 20 drafts the
 * scripted model streams there (its long induction proof, one tag per session) checked one
 * after another in this fresh process, as the server checks each draft when it ends. Prints
 * the CPU of each check and the total, so the checker's share of the bench's app CPU can be
 * read beside it, and what V8's warm-up adds: the first checks cost several times the last.
 *
 *   npx tsx scripts/checker-class-cost.ts [--sessions 20] [--tokens 4000]
 *   node --no-opt --import tsx scripts/checker-class-cost.ts   # the same work, never optimised
 */
import { runChecker } from '../lib/checker';
import { parseGeneration } from '../lib/parse/generation';
import { buildLongAnswer } from './mock-model/long-proof';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const sessions = flag('sessions', 20);
const tokens = flag('tokens', 4000);
// The stored proof is the answer without its self-evaluation, as the server stores a draft.
const drafts = Array.from(
  { length: sessions },
  (_, i) => parseGeneration(buildLongAnswer(tokens, `s${i + 1}`)).proof,
);

const perDraft: number[] = [];
const started = process.cpuUsage();
for (const proof of drafts) {
  const before = process.cpuUsage();
  runChecker(proof);
  perDraft.push(cpuMs(before));
}
const total = cpuMs(started);
const chars = drafts.reduce((sum, d) => sum + d.length, 0);
console.log(`CPU ms per check, in order: ${perDraft.map((ms) => ms.toFixed(0)).join(' ')}`);
console.log(
  `${sessions} drafts, ${chars.toLocaleString()} characters: ${total.toFixed(0)} ms CPU in all (this process, V8's compiler threads included)`,
);
