import { expect, test } from 'vitest';
import { areaCycles, areaEdges } from './area-graph';

test('no import cycle between top-level lib/ areas', () => {
  const edges = areaEdges();
  const cycles = areaCycles(edges).map((c) => {
    const files = c.slice(1).map((to, i) => {
      const e = edges.find((x) => x.from === c[i] && x.to === to);
      return `${c[i]} → ${to} (${e?.file} imports ${e?.specifier})`;
    });
    return files.join('; ');
  });
  expect(cycles).toEqual([]);
});

test('the checker sees a cycle when there is one', () => {
  const e = (from: string, to: string) => ({ from, to, file: `lib/${from}/x.ts`, specifier: to });
  expect(areaCycles([e('a', 'b'), e('b', 'c'), e('c', 'a')])).toEqual([['a', 'b', 'c', 'a']]);
  expect(areaCycles([e('a', 'b'), e('b', 'c')])).toEqual([]);
});

/** Areas with an engine or a store behind them are reached only through their entry file. */
const ENTRY_ONLY = ['db', 'runs', 'search'];

test('lib/db, lib/runs and lib/search are imported only through their entry file', () => {
  const deep = areaEdges()
    .filter((e) => ENTRY_ONLY.includes(e.to) && e.specifier !== `@/lib/${e.to}`)
    .map((e) => `${e.file} imports ${e.specifier}`);
  expect(deep).toEqual([]);
});

test('no lib/ area but lib/http knows about HTTP: errors are thrown by meaning (lib/errors.ts)', () => {
  const intoHttp = areaEdges()
    .filter((e) => e.to === 'http')
    .map((e) => `${e.file} imports ${e.specifier}`);
  expect(intoHttp).toEqual([]);
});
