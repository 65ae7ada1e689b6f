import path from 'node:path';

/**
 * The shared real-world corpus. It lives beside the checkout (`../shared/corpus`) and is
 * absent in a fresh clone; a checkout elsewhere (a worktree) points at it with
 * PROOFDESK_CORPUS. Every test, eval and bench that reads it finds it here.
 */
export const CORPUS_DIR = path.resolve(
  process.env.PROOFDESK_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus'),
);

/** A file of the shared corpus, e.g. `corpusPath('deepseek-math-v2', 'Putnam2024.jsonl')`. */
export function corpusPath(...parts: string[]): string {
  return path.join(CORPUS_DIR, ...parts);
}
