/**
 * Renders every problem, proof, solution and report of the given corpus files (JSONL, or the
 * IMO-ProofBench CSV) through the same blocks, remark plugins and KaTeX path as the UI, and
 * lists every failure: a formula KaTeX rejects, or TeX left as visible text (a delimiter or a
 * backslash command outside rendered math; currency and code do not count).
 *
 *   npm run eval:render -- ../shared/corpus/deepseek-math-v2/*.jsonl ../shared/corpus/verifier-reports/grok-4.jsonl ../shared/corpus/imo-proofbench/proofbench_v2.csv
 *   npm run eval:render -- --corpus                       # every file of ../shared/corpus
 *   npm run eval:render -- --generated 10000 --seed 14    # the property test's generated cases
 */
import fc from 'fast-check';
import { checkCase } from '../lib/math/render-check/check-case';
import { CORPUS_FILES, loadDocuments } from '../lib/math/render-check/corpus-documents';
import { corpusFormulaPool } from '../lib/math/render-check/formula-pool';
import { generatedCaseArb } from '../lib/math/render-check/markdown-contexts';
import { evaluateDocument, type RenderFailure } from '../lib/math/render-evaluation';

const SOURCE_PREVIEW = 200;

// KaTeX warns on the console for every character it has no metrics for (e.g. U+2011 in
// \text{}); it still renders them with a fallback font, so the warning is noise here.
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  if (!String(args[0]).startsWith('No character metrics')) warn(...args);
};

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SOURCE_PREVIEW ? `${flat.slice(0, SOURCE_PREVIEW)}…` : flat;
}

function evaluateFiles(files: string[]): number {
  const started = performance.now();
  let documents = 0;
  let segments = 0;
  const katexErrors: RenderFailure[] = [];
  const visible: RenderFailure[] = [];
  for (const file of files) {
    for (const doc of loadDocuments(file)) {
      const result = evaluateDocument(doc);
      documents++;
      segments += result.segments;
      katexErrors.push(...result.failures);
      visible.push(...result.visible);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`documents:        ${documents}`);
  console.log(`formulas:         ${segments}`);
  console.log(`KaTeX errors:     ${katexErrors.length}`);
  console.log(`visible TeX:      ${visible.length}`);
  console.log(`failures:         ${katexErrors.length + visible.length}`);
  console.log(`time:             ${seconds} s`);
  for (const f of katexErrors)
    console.log(`\nKATEX ${f.id}\n  ${f.message}\n  source: ${preview(f.source)}`);
  for (const f of visible) console.log(`\nVISIBLE ${f.id}\n  …${preview(f.source)}…`);
  return katexErrors.length + visible.length > 0 ? 1 : 0;
}

function evaluateGenerated(count: number, seed: number): number {
  const started = performance.now();
  const cases = fc.sample(generatedCaseArb(corpusFormulaPool()), { numRuns: count, seed });
  let formulas = 0;
  const failing: { context: string; markdown: string; problems: string[] }[] = [];
  for (const c of cases) {
    formulas += c.formulas.length;
    const problems = checkCase(c);
    if (problems.length > 0) failing.push({ context: c.context, markdown: c.markdown, problems });
  }
  const byContext = new Map<string, number>();
  for (const f of failing) {
    for (const part of f.context.split(', ')) byContext.set(part, (byContext.get(part) ?? 0) + 1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated cases:  ${cases.length} (seed ${seed})`);
  console.log(`formulas:         ${formulas}`);
  console.log(`failing cases:    ${failing.length}`);
  console.log(`time:             ${seconds} s`);
  if (failing.length > 0) {
    console.log('\nfailing cases by context feature:');
    for (const [part, n] of [...byContext].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(n).padStart(6)}  ${part}`);
  }
  for (const f of failing)
    console.log(`\nFAIL [${f.context}]\n${f.problems.join('\n')}\n--- source ---\n${f.markdown}`);
  return failing.length > 0 ? 1 : 0;
}

function main(args: string[]): number {
  const generated = args.indexOf('--generated');
  if (generated !== -1) {
    const seedAt = args.indexOf('--seed');
    const seed = seedAt === -1 ? 14 : Number(args[seedAt + 1]);
    return evaluateGenerated(Number(args[generated + 1] ?? 10_000), seed);
  }
  const files = args.includes('--corpus') ? [...CORPUS_FILES] : args;
  if (files.length === 0) {
    console.error(
      'usage: npm run eval:render -- FILE.jsonl|FILE.csv… | --corpus | --generated N [--seed S]',
    );
    return 2;
  }
  return evaluateFiles(files);
}

process.exitCode = main(process.argv.slice(2));
