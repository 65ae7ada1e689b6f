import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Top-level folders whose imports between each other are checked: `lib/<area>/…`. */
export type AreaEdge = { from: string; to: string; file: string; specifier: string };

const ROOT = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** `lib/runs/x.ts` → "runs"; files directly in lib/ are their own area ("lib/x.ts" → "x"). */
function areaOf(rel: string): string | null {
  const parts = rel.split('/');
  if (parts[0] !== 'lib') return null;
  return parts.length > 2 ? parts[1] : parts[1].replace(/\.tsx?$/, '');
}

function resolveSpecifier(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(file), spec));
  return null;
}

/**
 * Every import (static, dynamic, type-only or re-export) from one `lib/` area into another,
 * read with the TypeScript compiler's own pre-processor, so comments and strings never count.
 * Test files are left out: they may reach into any area they exercise.
 */
export function areaEdges(): AreaEdge[] {
  const edges: AreaEdge[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'lib'))) {
    const rel = path.relative(ROOT, file);
    const from = areaOf(rel);
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const target = resolveSpecifier(file, ref.fileName);
      const to = target ? areaOf(target) : null;
      if (from && to && from !== to) edges.push({ from, to, file: rel, specifier: ref.fileName });
    }
  }
  return edges;
}

export type ImportRef = { file: string; specifier: string; target: string | null };

/** Every import of every source file under a top-level folder, with the repository file it names. */
export function importsUnder(dir: string): ImportRef[] {
  return sourceFiles(path.join(ROOT, dir)).flatMap((file) =>
    ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((ref) => ({
      file: path.relative(ROOT, file),
      specifier: ref.fileName,
      target: resolveFile(resolveSpecifier(file, ref.fileName)),
    })),
  );
}

/** `lib/db` → `lib/db/index.ts`; null for packages and for paths that are no source file. */
function resolveFile(rel: string | null): string | null {
  if (!rel) return null;
  const tries = [rel, `${rel}.ts`, `${rel}.tsx`, `${rel}/index.ts`, `${rel}/index.tsx`];
  return (
    tries.find(
      (t) => fs.existsSync(path.join(ROOT, t)) && fs.statSync(path.join(ROOT, t)).isFile(),
    ) ?? null
  );
}

/** Whether a repository file is marked `import 'server-only'`. */
export function isServerOnly(rel: string): boolean {
  return /^import 'server-only';/m.test(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
}

/** Each cycle between areas, as the list of areas around it (found by depth-first search). */
export function areaCycles(edges: AreaEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, stack: string[]) => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      cycles.push([...stack.slice(at), node]);
      return;
    }
    if (seen.has(node)) return;
    seen.add(node);
    for (const n of next.get(node) ?? []) visit(n, [...stack, node]);
  };
  for (const node of [...next.keys()].sort()) visit(node, []);
  return cycles;
}
