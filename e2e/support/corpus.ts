import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

/**
 * The shared real-world corpus (`../shared/corpus`), absent in a fresh clone; a worktree
 * elsewhere points at it with PROOFDESK_CORPUS.
 */
export const CORPUS = path.resolve(
  process.env.PROOFDESK_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'),
);

export function corpusFile(relative: string): { path: string; present: boolean; reason: string } {
  const file = path.join(CORPUS, relative);
  return {
    path: file,
    present: fs.existsSync(file),
    reason: `needs ${path.relative(ROOT, file)} (the shared corpus is absent in this checkout)`,
  };
}
