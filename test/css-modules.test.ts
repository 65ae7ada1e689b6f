import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// A CSS module's class names are typed as any string: `styles.sidebar` for a class named
// `.sideBar` compiles, renders, and leaves the element unstyled. These checks catch that, and
// keep global CSS to the few files that must be global.

const root = path.resolve(__dirname, '..');
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /^(app|components)\/.*\.tsx?$/.test(f) && fs.existsSync(path.join(root, f)));
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

/** The class names a module defines (not those inside `:global(…)`), from its selectors only. */
function classesOf(css: string): Set<string> {
  const names = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/:global\([^)]*\)/g, '');
  for (const [, prelude] of text.matchAll(/([^{};]*)\{/g)) {
    if (prelude.trim().startsWith('@')) continue;
    for (const [, name] of prelude.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) names.add(name);
  }
  return names;
}

type Use = { file: string; module: string; name: string; prefix: boolean };

/** Every `alias.name`, `alias['name']` and `alias[`prefix${…}`]` of an imported CSS module. */
function usesIn(file: string): Use[] {
  const text = read(file);
  // The code without its imports: `page.module.css` in a path is not a use of `page`.
  const src = text.replace(/^import [^;]*;$/gm, '');
  const uses: Use[] = [];
  for (const [, alias, spec] of text.matchAll(/^import (\w+) from '([^']+\.module\.css)';$/gm)) {
    const module = spec.startsWith('@/')
      ? spec.slice(2)
      : path.posix.join(path.posix.dirname(file), spec);
    const add = (name: string, prefix = false) => uses.push({ file, module, name, prefix });
    for (const [, name] of src.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))) add(name);
    for (const [, name] of src.matchAll(new RegExp(`\\b${alias}\\[['"]([\\w-]+)['"]\\]`, 'g')))
      add(name);
    for (const [, prefix] of src.matchAll(new RegExp(`\\b${alias}\\[\`([\\w-]*)\\$\\{`, 'g')))
      add(prefix, true);
  }
  return uses;
}

const uses = sources.flatMap(usesIn);
const modules = [...new Set(uses.map((u) => u.module))];

test('every class a component takes from a CSS module is defined in that module', () => {
  const missing = uses
    .filter((u) => !u.prefix && !classesOf(read(u.module)).has(u.name))
    .map((u) => `${u.file}: .${u.name} is not in ${u.module}`);
  expect(missing).toEqual([]);
});

test('every class a CSS module defines is used by a component', () => {
  const unused = modules.flatMap((m) => {
    const mine = uses.filter((u) => u.module === m);
    return [...classesOf(read(m))]
      .filter(
        (name) =>
          !mine.some((u) => (u.prefix ? name.startsWith(u.name) && u.name : u.name === name)),
      )
      .map((name) => `${m}: .${name}`);
  });
  expect(unused).toEqual([]);
});

test('global CSS is only the tokens, the base elements, fonts, KaTeX and Monaco decorations', () => {
  const globals = sources.flatMap((f) =>
    [...read(f).matchAll(/^import '([^']+\.css)';$/gm)].map(([, spec]) => `${f}: ${spec}`),
  );
  expect(globals.sort()).toEqual([
    'app/layout.tsx: ./styles/base.css',
    'app/layout.tsx: ./styles/tokens.css',
    'app/layout.tsx: katex/dist/katex.min.css',
    'components/editor/ProofEditorInner.tsx: ./decorations.css',
    'components/math/TexMath.tsx: katex/dist/katex.min.css',
  ]);
  // Every module that exists is imported by some component (none is left behind).
  const onDisk = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f.endsWith('.module.css') && fs.existsSync(path.join(root, f)));
  expect(onDisk.filter((f) => !modules.includes(f))).toEqual([]);
});

test('the checks read class names from selectors only, not from values or :global()', () => {
  const names = classesOf(
    '/* .note */ .a > .b:hover, .c[data-x="1"] { margin: 0.5rem; } @media (min-width: 1px) { .d { x: 1.2em } } .e :global(.katex .tag) { a: b }',
  );
  expect([...names].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
});
