// A bulk import's worker thread (`analyze-pool.ts`): reads, checks and anchors a chunk of
// JSONL lines off the server's main thread. Plain JavaScript so Node can start it as it is,
// from the source tree, in the server, the CLI and the tests alike; it loads the TypeScript
// it runs through tsx (both its CommonJS and ESM hooks, as the `tsx` command does), with the
// project's tsconfig for the `@/` paths.
import { register as registerCjs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';

const tsconfig = new URL('../../../tsconfig.json', import.meta.url).pathname;
registerCjs({ tsconfig });
registerEsm({ tsconfig });
const prepare = await import('./prepare.ts');

// Loaded as CommonJS (the package is not `type: module`), its exports are the default's.
export default prepare.prepareChunk ?? prepare.default.prepareChunk;
