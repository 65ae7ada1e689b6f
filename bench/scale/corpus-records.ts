import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/app';

/**
 * The shared corpus's real verifier reports (`{id, model, problem, proof, report}`, ~16 kB
 * each). It lives beside the project; a worktree elsewhere points at it with PROOFDESK_CORPUS.
 */
export const REPORTS = path.resolve(
  process.env.PROOFDESK_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'),
  'verifier-reports',
  'grok-4.jsonl',
);

/**
 * `n` review records from the real reports, repeated, each with its own title: the report's
 * id, a varied Markdown word, and a token (`t<i>`) found in that title only.
 */
export function corpusRecords(n: number): string {
  if (!fs.existsSync(REPORTS)) throw new Error(`bench:scale needs ${REPORTS} (the shared corpus)`);
  const base = fs
    .readFileSync(REPORTS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);
  const words = ['sunny', 'careful', 'bold', 'sharp', 'quick', 'patient', 'clever'];
  return Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length];
    const title = `${r.id} · *${words[i % words.length]}* attempt t${i}`;
    return JSON.stringify({ ...r, id: `${r.id}-${i}`, title });
  }).join('\n');
}
