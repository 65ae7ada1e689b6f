/**
 * CPU time of the checker on a corpus file (issue 16's "under 300 ms per 100k characters"),
 * each figure from a fresh process, so that no file pays for another's warm-up:
 *
 * - after other proofs: the process has first checked every record of the other files, as a
 *   server has checked other drafts before this one, then checks this file's proofs, which it
 *   has never seen. This is the target's figure. Proofs it has not seen cost more than the
 *   same proofs checked again: their new shapes of expressions send V8 back to compile the
 *   checker's largest functions (on 2026-12-07 a fourth pass over Putnam measured ~245 ms per
 *   100k characters where its first pass after the other two files measured ~390; Grok-4's
 *   drafts ~100 against ~190).
 * - first pass: the checker's first use in the process, V8 compiling all of it.
 *
 * CPU is user + system of the whole process (the compiler's threads included), not wall time:
 * on a machine shared with other work, wall time measures the neighbours as much as the checker.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runChecker } from '../lib/checker';
import type { ProofRecord } from '../lib/checker/proof-records';

function cpuMsOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** Checks every record once (each check reads its own formulas: nothing is kept between checks). */
export const checkAll = (records: readonly ProofRecord[]) => {
  for (const r of records) runChecker(r.proof);
};

/**
 * CPU ms of a fresh process's one pass over `file` (checker-first-pass.ts), after one over
 * each of `after`; null if it failed.
 */
export function firstPassMs(file: string, after: readonly string[] = []): number | null {
  try {
    const script = join(__dirname, 'checker-first-pass.ts');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', script, file, ...(after.length ? ['--after', ...after] : [])],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const ms = Number(/first pass: ([\d.]+) ms/.exec(out)?.[1]);
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/** What one run of the checker pass is printed as, by the child process. */
export function printFirstPass(records: readonly ProofRecord[]): void {
  console.log(`first pass: ${cpuMsOf(() => checkAll(records)).toFixed(1)} ms`);
}
