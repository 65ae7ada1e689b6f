import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

export type ApiRoute = {
  /** e.g. `/api/sessions/[id]/runs` */
  template: string;
  methods: string[];
  /** Names of the dynamic segments, in order (`id`, `token`…). */
  params: string[];
  /** Largest body the handler reads (bytes), or null when it reads none. */
  bodyLimit: number | null;
};

const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name === 'route.ts' ? [p] : [];
  });
}

/** `MAX_*_BYTES` constants declared anywhere under lib/schemas, by name. */
function sizeConstants(): Map<string, number> {
  const out = new Map<string, number>();
  const dir = path.join(ROOT, 'lib', 'schemas');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files.map((f) => path.join(dir, f))) {
    for (const m of fs
      .readFileSync(file, 'utf8')
      .matchAll(/export const (MAX_\w+_BYTES) = ([\d_]+)/g)) {
      out.set(m[1], Number(m[2].replace(/_/g, '')));
    }
  }
  return out;
}

/** `MAX_A_BYTES + 10_000`-style size expressions, as handlers pass them to readJson/readText. */
function evaluate(expr: string, constants: Map<string, number>): number | null {
  let total = 0;
  for (const term of expr.split('+').map((t) => t.trim())) {
    const value = /^[\d_]+$/.test(term) ? Number(term.replace(/_/g, '')) : constants.get(term);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

/** The largest size limit any handler may use: a body above it is oversized everywhere. */
export function largestBodyLimit(): number {
  return Math.max(...sizeConstants().values());
}

/**
 * Every API route in app/api, read from the file system so that routes added later are
 * covered by the tests without anyone listing them.
 */
export function listApiRoutes(): ApiRoute[] {
  const apiDir = path.join(ROOT, 'app', 'api');
  const constants = sizeConstants();
  const defaultLimit = constants.get('MAX_BODY_BYTES') ?? 1_000_000;
  return walk(apiDir)
    .map((file) => {
      const source = fs.readFileSync(file, 'utf8');
      const segments = path
        .relative(path.join(ROOT, 'app'), path.dirname(file))
        .split(path.sep)
        .filter((s) => !/^\(.*\)$/.test(s)); // route groups are not in the URL
      const params = segments.filter((s) => s.startsWith('[')).map((s) => s.replace(/[[\].]/g, ''));
      const reads = [
        ...source.matchAll(/readText\(\s*req\s*(?:,\s*([^,)]+))?[,)]/g),
        ...source.matchAll(/readJson\(\s*req\s*,\s*[\w.]+\s*(?:,\s*([^)]+))?\)/g),
      ];
      let bodyLimit: number | null = null;
      for (const m of reads) {
        const limit = m[1] ? evaluate(m[1], constants) : defaultLimit;
        bodyLimit = Math.max(bodyLimit ?? 0, limit ?? largestBodyLimit());
      }
      if (bodyLimit === null && /req(uest)?\.(json|text|formData|arrayBuffer)\(\)/.test(source)) {
        bodyLimit = largestBodyLimit();
      }
      return {
        template: `/${segments.join('/')}`,
        methods: [...new Set([...source.matchAll(METHOD)].map((m) => m[1]))],
        params,
        bodyLimit,
      };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

/** A concrete URL: each `[param]` replaced by `values[param]` or `fallback`. */
export function fillRoute(template: string, values: Record<string, string>, fallback: string) {
  return template.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => values[name] ?? fallback);
}
