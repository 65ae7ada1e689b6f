import fs from 'node:fs';
import path from 'node:path';

type Env = Partial<Record<string, string>>;

/**
 * The file an import worker thread runs. The production server (`next start`) runs the
 * bundle `npm run build` writes beside its build (`<distDir>/import-worker.mjs`, from
 * scripts/build-import-worker.mjs): plain JavaScript, so a worker starts in ~0.1 s. Anything
 * else — the CLI, the tests, `next dev` — runs the source worker, which compiles the
 * TypeScript as it loads it (~0.4 s per worker) and so always matches the code on disk.
 * `PROOFDESK_IMPORT_WORKER=bundle|source` overrides the choice (the import bench measures the
 * server's). A missing bundle falls back to the source worker.
 */
export function importWorkerFile(env: Env = process.env, exists = fs.existsSync): string {
  const root = env.PROOFDESK_ROOT ?? process.cwd();
  const source = path.join(root, 'lib/review/records/prepare-worker.mjs');
  const bundle = path.resolve(root, env.NEXT_DIST_DIR ?? '.next', 'import-worker.mjs');
  const wanted =
    env.PROOFDESK_IMPORT_WORKER ?? (env.NODE_ENV === 'production' ? 'bundle' : 'source');
  return wanted === 'bundle' && exists(bundle) ? bundle : source;
}
