/**
 * CPU time of the checker on a corpus file (issue 16's "under 300 ms per 100k characters"),
 * in the two states a check runs in:
 *
 * - steady: a process that has been checking for a while (a server after its first drafts,
 *   the CLI past its first records, the editor's worker after its first edit). Every file is
 *   timed after the process has checked every file, so no file pays for the others' warm-up:
 *   measured in one process in turn, the first file paid for V8 compiling the checker and
 *   read 350–410 ms per 100k characters where the same file read ~205 ms when timed last.
 * - first pass: a fresh process checking the file once, right after loading the checker, so
 *   the optimising compiler's work is in it.
 *
 * CPU is user + system of the whole process (the compiler's threads included), not wall time:
 * on a machine shared with other work, wall time measures the neighbours as much as the checker.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runChecker } from '../lib/checker';
import type { ProofRecord } from '../lib/checker/proof-records';

/** Passes timed per file in the steady state; their median is reported. */
export const STEADY_PASSES = 5;

function cpuMsOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const checkAll = (records: readonly ProofRecord[]) => {
  for (const r of records) runChecker(r.proof);
};

/**
 * Median CPU ms of checking every record once, per file, over STEADY_PASSES passes, after one
 * pass over every file (each check reads its own formulas: nothing is kept between checks).
 */
export function steadyMs(files: readonly (readonly ProofRecord[])[]): number[] {
  for (const records of files) checkAll(records);
  return files.map((records) => {
    const runs = Array.from({ length: STEADY_PASSES }, () => cpuMsOf(() => checkAll(records)));
    return runs.sort((a, b) => a - b)[Math.floor(STEADY_PASSES / 2)];
  });
}

/** CPU ms of a fresh process's one pass over `file` (checker-first-pass.ts), or null if it failed. */
export function firstPassMs(file: string): number | null {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'checker-first-pass.ts'), file],
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
