import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function configList(name: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const options: string = pkg.config?.[name] ?? '';
  return options.split(/\s+/).filter(Boolean);
}

/**
 * The Node options every Proofdesk server runs with: package.json's
 * `config.serverNodeOptions`, which `npm start` and `npm run serve` put in NODE_OPTIONS, so a
 * user's own NODE_OPTIONS, read after them, can raise the heap bound.
 * The e2e servers and the benches start `next start` themselves, so they read the same
 * options from here and run the server as a user's `npm start` does.
 */
export function serverNodeOptions(): string[] {
  return configList('serverNodeOptions');
}

/**
 * The flags Node takes only on its own command line (it refuses them in NODE_OPTIONS):
 * `config.serverNodeFlags`, put before Next's script as `node <flags> …/next start`.
 * `--single-threaded-gc`: V8 collects on the main thread alone instead of also on four
 * helper threads, which cost more CPU in all than they saved the main thread
 * (docs/BENCHMARKS.md, issue 21, thirteenth look).
 */
export function serverNodeFlags(): string[] {
  return configList('serverNodeFlags');
}

/** Next's CLI script, run as `node <flags> NEXT_BIN start`. */
export const NEXT_BIN = 'node_modules/next/dist/bin/next';

/**
 * The environment every Proofdesk server starts with: `MALLOC_ARENA_MAX` from
 * `config.serverMallocArenaMax` (a user's own value wins, as in `npm start`). glibc gives each
 * thread that allocates an arena of its own, and V8's compiler threads allocate their zones
 * with malloc: the memory they free stays in those arenas. Two arenas kept the server's peak
 * RSS ~25 MB lower in bench:load's classes at the same CPU (docs/BENCHMARKS.md, issue 21,
 * seventeenth look). Other C libraries ignore the variable.
 */
export function serverEnv(): Record<string, string> {
  const arenas = process.env.MALLOC_ARENA_MAX ?? configList('serverMallocArenaMax')[0];
  return arenas ? { MALLOC_ARENA_MAX: arenas } : {};
}
