import type { NextConfig } from 'next';
import { API_RESPONSE_HEADERS, EVERY_RESPONSE_HEADERS } from './lib/security/response-headers';

/**
 * Pages get their Content-Security-Policy, with a per-request script nonce, from proxy.ts
 * (lib/security/csp.ts). Everything else (API JSON, SSE, build assets) gets one that lets
 * nothing load or run, should a browser ever render it as a document.
 *
 * Pages only benchmarks need (app/bench/*: `page.bench.tsx`) become routes only in the
 * bench's own build, so no production build ships them.
 */
const BENCH_BUILD = process.env.PROOFDESK_BENCH_BUILD === '1';

const nextConfig: NextConfig = {
  // Lets parallel builds (e.g. several test runs on one machine) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  pageExtensions: BENCH_BUILD ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  poweredByHeader: false,
  // Only for profiling a build (`PROOFDESK_BROWSER_SOURCEMAPS=1`): lets a trace of the page
  // name our functions (bench/render/trace-summary.ts). Never in a build users run.
  productionBrowserSourceMaps: process.env.PROOFDESK_BROWSER_SOURCEMAPS === '1',
  // proxy.ts serves stored page shells (lib/pages/shell-cache) to document requests only. By
  // default Next hides from the proxy what tells a client-side navigation or prefetch apart
  // (the RSC headers and the `_rsc` parameter), which would then get HTML where the router
  // expects its payload; with this the proxy sees the request as it came.
  skipProxyUrlNormalize: true,
  // `npm test`, `npm run serve` and `npm run setup` run `tsc --noEmit` before `next build`
  // (one check of the whole project, tests and benches included), so the build need not
  // repeat it. A type error stops `serve` before anything is built.
  typescript: { ignoreBuildErrors: true },
  // SSE must reach the browser unbuffered and uncompressed.
  compress: false,
  serverExternalPackages: ['better-sqlite3', 'undici', 'tinypool', 'pg-boss'],
  experimental: {
    // Next copies the body of every request proxy.ts sees into memory, up to this size,
    // before the route runs, even when the proxy refuses it. proxy.ts sees pages only, and
    // no page reads a body (no server actions), so the copy is capped low; API routes,
    // which do take large bodies, are outside the proxy and read them as a stream.
    proxyClientMaxBodySize: '16kb',
  },
  async headers() {
    return [
      { source: '/api/:path*', headers: [...API_RESPONSE_HEADERS] },
      { source: '/:path*', headers: [...EVERY_RESPONSE_HEADERS] },
    ];
  },
};

export default nextConfig;
