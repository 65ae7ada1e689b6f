import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredByRule, findViolations } from './data-layer-rules';

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .filter(coveredByRule);
}

describe('components render, hooks fetch', () => {
  it('no file under components/ or app/ fetches or calls a query hook itself', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('app')];
    // The walk must really see the client code (a wrong root would pass vacuously).
    expect(files).toContain('components/workbench/search/SearchView.tsx');
    expect(files).not.toContain('app/api/sessions/route.ts');
    const violations = files.flatMap((f) =>
      findViolations(f, readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(violations.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([]);
  });

  it('the check sees every way of breaking the rule', () => {
    const source = `
      import { useQuery, useQueryClient } from '@tanstack/react-query';
      export function Bad() {
        const qc = useQueryClient();
        const q = useQuery({ queryKey: ['x'], queryFn: () => fetch('/api/x') });
        void window.fetch('/api/y');
        return null;
      }`;
    expect(findViolations('components/Bad.tsx', source).map((v) => v.what)).toEqual([
      'imports @tanstack/react-query',
      'calls useQueryClient(',
      'calls useQuery(',
      'calls fetch(',
      'calls fetch(',
    ]);
  });

  it('hooks, comments and strings that merely mention the names are fine', () => {
    const source = `
      import { useSession } from '@/hooks/use-session';
      // useQuery( and fetch( in a comment
      export function Good({ id }: { id: string }) {
        const { data } = useSession(id);
        return <p title="fetch(">{data?.title}</p>;
      }`;
    expect(findViolations('components/Good.tsx', source)).toEqual([]);
  });

  it('covers client code only', () => {
    expect(coveredByRule('components/home/SessionList.tsx')).toBe(true);
    expect(coveredByRule('app/bench/naive/NaiveStream.tsx')).toBe(true);
    expect(coveredByRule('app/api/runs/[id]/route.ts')).toBe(false);
    expect(coveredByRule('hooks/use-session.ts')).toBe(false);
    expect(coveredByRule('components/math/MathMarkdown.test.ts')).toBe(false);
  });
});
