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
 * Beside it, the main thread's own CPU (Linux's /proc): the checking itself, what a person
 * waits for while V8's compiler threads work on another core.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecker } from '../lib/checker';
import type { ProofRecord } from '../lib/checker/proof-records';

function cpuMsOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The main thread's CPU ms so far (user + system, 10 ms ticks), or null off Linux. */
function mainThreadMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // The fields after the command, whose name may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Checks every record once (each check reads its own formulas: nothing is kept between checks). */
export const checkAll = (records: readonly ProofRecord[]) => {
  for (const r of records) runChecker(r.proof);
};

/** One pass's CPU ms: the whole process's, and its main thread's (null where not measured). */
export interface PassTime {
  cpuMs: number;
  mainMs: number | null;
}

/**
 * The CPU of a fresh process's one pass over `file` (checker-first-pass.ts), after one over
 * each of `after`; null if it failed.
 */
export function firstPass(file: string, after: readonly string[] = []): PassTime | null {
  try {
    const script = join(__dirname, 'checker-first-pass.ts');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', script, file, ...(after.length ? ['--after', ...after] : [])],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const cpuMs = Number(/first pass: ([\d.]+) ms/.exec(out)?.[1]);
    const mainMs = Number(/main thread ([\d.]+) ms/.exec(out)?.[1]);
    return Number.isFinite(cpuMs)
      ? { cpuMs, mainMs: Number.isFinite(mainMs) ? mainMs : null }
      : null;
  } catch {
    return null;
  }
}

/** What one run of the checker pass is printed as, by the child process. */
export function printFirstPass(records: readonly ProofRecord[]): void {
  const mainBefore = mainThreadMs();
  const cpuMs = cpuMsOf(() => checkAll(records));
  const mainAfter = mainThreadMs();
  const main =
    mainBefore === null || mainAfter === null ? '' : ` (main thread ${mainAfter - mainBefore} ms)`;
  console.log(`first pass: ${cpuMs.toFixed(1)} ms${main}`);
}
