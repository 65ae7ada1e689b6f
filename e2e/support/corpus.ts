import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

/** The shared real-world corpus (`../shared/corpus`), absent in a fresh clone. */
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

export function corpusFile(relative: string): { path: string; present: boolean; reason: string } {
  const file = path.join(CORPUS, relative);
  return {
    path: file,
    present: fs.existsSync(file),
    reason: `needs ${path.relative(ROOT, file)} (the shared corpus is absent in this checkout)`,
  };
}
