// Bundles the bulk import's worker (lib/review/records/prepare.ts and what it imports) into
// one plain ES module in the build's folder, run after `next build`: the production server's
// worker threads then start in ~0.1 s instead of compiling TypeScript through tsx (~0.4 s of
// CPU each, on every cold import). Without this file the server falls back to the source
// worker (analyze-pool.ts), so a build without it still imports, only slower to start.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next', 'import-worker.mjs');

/** `server-only` only guards React's server bundles: in a worker thread it is an empty module. */
const serverOnlyIsEmpty = {
  name: 'server-only-is-empty',
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
  },
};

await build({
  stdin: {
    contents: "export { prepareChunk as default } from './prepare';",
    resolveDir: path.join(root, 'lib/review/records'),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  tsconfig: path.join(root, 'tsconfig.json'),
  plugins: [serverOnlyIsEmpty],
  // Some packages in the graph are CommonJS: give the ES module a `require` for them.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`import worker bundled: ${path.relative(root, outfile)}`);
