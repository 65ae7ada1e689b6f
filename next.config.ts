import type { NextConfig } from 'next';

/**
 * Untrusted text (problems, drafts, reports) is rendered on every page, so the CSP forbids
 * eval, remote images and any connection but our own origin. Inline scripts are needed by
 * Next's hydration payload; inline styles by KaTeX and Monaco. Monaco's workers are blob:
 * or same-origin modules.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * Pages only benchmarks need (app/bench/*: `page.bench.tsx`) become routes only in the
 * bench's own build, so no production build ships them.
 */
const BENCH_BUILD = process.env.PROOFDESK_BENCH_BUILD === '1';

const nextConfig: NextConfig = {
  // Lets parallel builds (e.g. several test runs on one machine) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  pageExtensions: BENCH_BUILD ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  poweredByHeader: false,
  // `npm test`, `npm run serve` and `npm run setup` run `tsc --noEmit` before `next build`
  // (one check of the whole project, tests and benches included), so the build need not
  // repeat it. A type error stops `serve` before anything is built.
  typescript: { ignoreBuildErrors: true },
  // SSE must reach the browser unbuffered and uncompressed.
  compress: false,
  serverExternalPackages: ['better-sqlite3', 'undici'],
  experimental: {
    // With proxy.ts (auth), Next buffers request bodies up to this size and silently cuts
    // them beyond it. Kept above every API limit (imports take up to 50 MB) so a route still
    // sees an oversized body as oversized and answers 413, never parses a truncated one.
    proxyClientMaxBodySize: '64mb',
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
