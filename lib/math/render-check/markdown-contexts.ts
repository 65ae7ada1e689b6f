import fc from 'fast-check';
import type { FormulaPool } from './formula-pool';
import type { RenderView } from './rendered-math';
import { type Wrap, wrapTex } from './tex-wrap';

export interface EmbeddedFormula {
  /** The formula as written between its delimiters (wraps and indentation included). */
  tex: string;
  display: boolean;
}

/** One generated document: Markdown + LaTeX as a model writes it, and the formulas in it. */
export interface GeneratedCase {
  markdown: string;
  formulas: EmbeddedFormula[];
  /** Shown as a proof in the workbench preview, or as prose. */
  view: RenderView;
  /** A short name of the context, for failure listings. */
  context: string;
}

const DELIMITERS = ['dollar', 'paren', 'ddollar', 'bracket', 'env'] as const;
type Delimiter = (typeof DELIMITERS)[number];
const PLACEMENTS = ['ownLines', 'midLine', 'openMid', 'closeMid'] as const;
const DECOR = ['plain', 'em', 'strong', 'underscore', 'inBold', 'breakAfter', 'breakBefore'];
const EMPHASIS = ['*', '**', '_'] as const;
const WORDS = 'we have hence the value so that for every case which gives then holds since and'
  .split(' ')
  .concat(['Note', 'Thus', 'Here']);

type Container =
  | { kind: 'none' }
  | { kind: 'list'; depth: number; ordered: boolean }
  | { kind: 'gemini'; depth: number; continuation: boolean }
  | { kind: 'quote'; depth: number }
  | { kind: 'heading'; level: number }
  | { kind: 'table' };

const containerArb: fc.Arbitrary<Container> = fc.oneof(
  fc.constant<Container>({ kind: 'none' }),
  fc.record({
    kind: fc.constant('list' as const),
    depth: fc.integer({ min: 1, max: 3 }),
    ordered: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('gemini' as const),
    depth: fc.integer({ min: 1, max: 2 }),
    continuation: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('quote' as const), depth: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 4 }) }),
  fc.constant<Container>({ kind: 'table' }),
);

/** Every random choice of one case; `buildCase` turns it into a document, deterministically. */
export interface CaseChoices {
  pick: number;
  pick2: number;
  delimiter: Delimiter;
  wraps: Wrap[];
  nest: { delimiter: 'paren' | 'dollar'; emphasis: (typeof EMPHASIS)[number] } | null;
  container: Container;
  placement: (typeof PLACEMENTS)[number];
  decor: string;
  consecutive: boolean;
  preview: boolean;
  words: number[];
  surround: boolean;
}

export const caseChoicesArb: fc.Arbitrary<CaseChoices> = fc.record({
  pick: fc.nat(),
  pick2: fc.nat(),
  delimiter: fc.constantFrom(...DELIMITERS),
  wraps: fc.array(
    fc.record({ at: fc.nat({ max: 999 }), indent: fc.integer({ min: 0, max: 16 }) }),
    { maxLength: 3 },
  ),
  // One case in five nests math in a `\text{}` group.
  nest: fc.oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    {
      arbitrary: fc.record({
        delimiter: fc.constantFrom('paren' as const, 'dollar' as const),
        emphasis: fc.constantFrom(...EMPHASIS),
      }),
      weight: 1,
    },
  ),
  container: containerArb,
  placement: fc.constantFrom(...PLACEMENTS),
  decor: fc.constantFrom(...DECOR),
  consecutive: fc.boolean(),
  preview: fc.boolean(),
  words: fc.array(fc.nat({ max: WORDS.length - 1 }), { minLength: 6, maxLength: 6 }),
  surround: fc.boolean(),
});

/** Cases drawn from the corpus formulas of `pool`. */
export function generatedCaseArb(pool: FormulaPool): fc.Arbitrary<GeneratedCase> {
  return caseChoicesArb.map((choices) => buildCase(choices, pool));
}

const isDisplay = (d: Delimiter) => d === 'ddollar' || d === 'bracket' || d === 'env';

/** `\begin{…}` that accepts the formula's rows and columns as they are. */
function environmentFor(tex: string): string {
  if (tex.includes('&')) return 'align*';
  if (tex.includes('\\\\')) return 'gather*';
  return 'equation*';
}

function delimit(d: Delimiter, env: string): [string, string] {
  if (d === 'dollar') return ['$', '$'];
  if (d === 'paren') return ['\\(', '\\)'];
  if (d === 'ddollar') return ['$$', '$$'];
  if (d === 'bracket') return ['\\[', '\\]'];
  return [`\\begin{${env}}`, `\\end{${env}}`];
}

/** The formula in a `\text{}` group that holds a nested formula and Markdown emphasis. */
function nested(tex: string, inner: string, nest: NonNullable<CaseChoices['nest']>): string {
  const math = nest.delimiter === 'paren' ? `\\(${inner}\\)` : `$${inner}$`;
  const em = nest.emphasis;
  return `${tex} \\text{ for all ${math} with ${em}odd${em} terms}`;
}

/** The document for `choices`: a formula from `pool` in its Markdown context. */
export function buildCase(c: CaseChoices, pool: FormulaPool): GeneratedCase {
  const display = isDisplay(c.delimiter);
  // Headings and tables hold one line of inline content.
  const container: Container =
    display && (c.container.kind === 'heading' || c.container.kind === 'table')
      ? { kind: 'none' }
      : c.container;
  const oneLine = container.kind === 'heading' || container.kind === 'table';
  const list = display ? pool.display : pool.inline;
  let tex = list[c.pick % list.length];
  if (c.nest) {
    const short = pool.inline.filter((f) => f.length <= 40);
    tex = nested(tex, short[c.pick2 % short.length], c.nest);
  }
  const quote = container.kind === 'quote' ? '> '.repeat(container.depth) : '';
  const wrap = wrapTex(tex, oneLine ? [] : c.wraps, quote);
  const wrapped = wrap.source;
  const env = environmentFor(tex);
  const [open, close] = delimit(c.delimiter, env);
  const formulas: EmbeddedFormula[] = [
    { tex: c.delimiter === 'env' ? `${open}\n${wrap.tex}\n${close}` : wrap.tex, display },
  ];
  const w = (k: number) => WORDS[c.words[k % c.words.length]];
  let lines: string[];
  if (display) {
    lines = displayLines(c.placement, open, wrapped, close, [w(0), w(1)], [w(2), w(3)]);
    if (c.consecutive && c.delimiter === 'ddollar') {
      // A second `$$` block right under the closing line, no blank line between them.
      const second = pool.display[c.pick2 % pool.display.length];
      // Only where the closing delimiter has a line of its own, the one before the last.
      const at = c.placement === 'ownLines' || c.placement === 'openMid' ? lines.length - 2 : -1;
      const block = c.words[0] % 2 ? `$$${second}$$` : `$$\n${second}\n$$`;
      if (at !== -1) {
        lines.splice(at + 1, 0, ...block.split('\n'));
        formulas.push({ tex: second, display: true });
      }
    }
  } else {
    lines = inlineLines(c.decor, `${open}${wrapped}${close}`, oneLine, [w(0), w(1), w(2), w(3)]);
  }
  const body = contain(container, lines, [w(4), w(5)]);
  const markdown = c.surround ? `${w(5)} ${w(0)} first.\n\n${body}\n\n${w(1)} last.` : body;
  const context = [
    c.preview ? 'preview' : 'prose',
    c.delimiter,
    display ? c.placement : c.decor,
    containerName(container),
    c.wraps.length && !oneLine ? `${c.wraps.length} wraps` : '',
    c.nest ? `\\text{} with ${c.nest.delimiter}` : '',
    formulas.length > 1 ? 'consecutive $$' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { markdown, formulas, view: c.preview ? 'preview' : 'prose', context };
}

function containerName(c: Container): string {
  if (c.kind === 'list') return `${c.ordered ? 'ordered' : 'bullet'} list depth ${c.depth}`;
  if (c.kind === 'gemini') return `gemini item depth ${c.depth}${c.continuation ? ' (cont.)' : ''}`;
  if (c.kind === 'quote') return `blockquote depth ${c.depth}`;
  if (c.kind === 'heading') return `heading h${c.level}`;
  return c.kind;
}

/** Lines of a paragraph holding a display formula placed as `placement` says. */
function displayLines(
  placement: CaseChoices['placement'],
  open: string,
  tex: string,
  close: string,
  before: string[],
  after: string[],
): string[] {
  const lead = `${before.join(' ')} we get`;
  const tail = `${after.join(' ')} follows.`;
  const body = tex.split('\n');
  if (placement === 'midLine') return `${lead} ${open}${tex}${close} ${tail}`.split('\n');
  if (placement === 'openMid') return [`${lead} ${open}`, ...body, close, tail];
  if (placement === 'closeMid') return [lead, open, ...body, `${close} ${tail}`];
  return [lead, open, ...body, close, tail];
}

/** Lines of a paragraph holding an inline formula `math` with the decoration `decor`. */
function inlineLines(decor: string, math: string, oneLine: boolean, words: string[]): string[] {
  const [a, b, c, d] = words;
  const text = (() => {
    if (decor === 'em') return `${a} *${math}* ${b}`;
    if (decor === 'strong') return `${a} **${math}** ${b}`;
    if (decor === 'underscore') return `${a} _${math}_ ${b}`;
    if (decor === 'inBold') return `**Claim: ${math} ${a}** ${b}`;
    if (decor === 'breakAfter' && !oneLine) return `${a} ${b} ${math}  \n${c} ${d}`;
    if (decor === 'breakBefore' && !oneLine) return `${a} ${b}  \n${math} ${c} ${d}`;
    return `${a} ${b} ${math}, ${c} ${d}`;
  })();
  return text.split('\n');
}

/** The lines placed in `container`; continuation lines carry the container's prefix. */
function contain(container: Container, lines: string[], words: string[]): string {
  const [a, b] = words;
  if (container.kind === 'heading') return `${'#'.repeat(container.level)} ${lines.join(' ')}`;
  if (container.kind === 'table')
    return `| Case | Value |\n| --- | --- |\n| ${a} | ${lines.join(' ')} |\n| ${b} | ${a} |`;
  if (container.kind === 'quote') {
    const q = '> '.repeat(container.depth);
    // Lines a wrap already prefixed keep their markers.
    return lines.map((l) => (l.startsWith(q) ? l : q + l)).join('\n');
  }
  if (container.kind === 'list') {
    const out: string[] = [];
    let indent = '';
    for (let level = 1; level <= container.depth; level++) {
      const marker = container.ordered ? `${level}.` : ['-', '*', '+'][level % 3];
      const content = indent + ' '.repeat(marker.length + 1);
      if (level < container.depth) out.push(`${indent}${marker} ${a} ${b}`);
      else {
        out.push(`${indent}${marker} ${lines[0]}`);
        for (const l of lines.slice(1)) out.push(l.startsWith(' ') ? l : content + l);
        out.push(`${indent}${marker} ${b} ${a}`);
      }
      indent = content;
    }
    return out.join('\n');
  }
  if (container.kind === 'gemini') {
    const out: string[] = [];
    let indent = '';
    for (let level = 1; level <= container.depth; level++) {
      const head = `${indent}*   **Case ${level}.**`;
      const content = `${indent}    `;
      if (level < container.depth) out.push(`${head} ${a} ${b}`, '');
      else if (container.continuation) {
        out.push(
          `${head} ${a} ${b}`,
          '',
          ...lines.map((l) => (l.startsWith(' ') ? l : content + l)),
        );
      } else {
        out.push(
          `${head} ${lines[0]}`,
          ...lines.slice(1).map((l) => (l.startsWith(' ') ? l : content + l)),
        );
      }
      indent = content;
    }
    return out.join('\n');
  }
  return lines.join('\n');
}
