/**
 * The generated mode of eval:anchoring (issue 14): quotes cut from the shared proofs and
 * rewritten the way verifiers write them, each with its true place, anchored and judged.
 *   npm run eval:anchoring -- --generated 5000 [--seed N] [--corpus DIR] [--json]
 */
import { CORPUS_DIR, corpusPresent, corpusProofs } from '@/test/anchoring/corpus-proofs';
import { quoteSource, sampleCases } from '@/test/anchoring/quote-cases';
import { caseRunner, type Outcome, tallyOutcomes } from '@/test/anchoring/run-cases';

const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}%`;

/** Which edits a case went through, e.g. `unicode+elide`, or `verbatim`. */
const editKinds = (o: Outcome) =>
  [
    ...(o.case.duplicate ? [`repeated/${o.case.duplicate}`] : []),
    ...o.case.edits.map((e) => e.split(':')[0]),
  ].join('+') || 'verbatim';

/** Share of trusted placements among the cases that went through each edit. */
function byEdit(outcomes: Outcome[]) {
  const rows = new Map<string, { total: number; right: number }>();
  for (const o of outcomes) {
    const names = new Set(editKinds(o).split('+'));
    for (const name of names) {
      const row = rows.get(name) ?? { total: 0, right: 0 };
      row.total++;
      if (o.verdict === 'right') row.right++;
      rows.set(name, row);
    }
  }
  return Object.fromEntries([...rows].sort(([a], [b]) => a.localeCompare(b)));
}

const described = (source: ReturnType<typeof quoteSource>, o: Outcome) => ({
  proof: o.case.proof,
  quote: o.case.quote,
  lines: o.case.lines,
  context: o.case.context,
  edits: editKinds(o),
  truth: o.case.truth,
  trueText: source.proofs[o.case.proof].slice(o.case.truth.start, o.case.truth.end),
  anchor: o.anchor,
  placedText: o.anchor
    ? source.proofs[o.case.proof].slice(o.anchor.startOffset, o.anchor.endOffset)
    : null,
});

/** `misses`: how many of the honest but untrusted placements to list (to see what to improve). */
export function evalGenerated(count: number, seed: number, corpus = CORPUS_DIR, misses = 0) {
  if (!corpusPresent(corpus)) throw new Error(`shared corpus not found at ${corpus}`);
  const source = quoteSource(corpusProofs(corpus));
  const run = caseRunner(source);
  const cases = sampleCases(source, count, seed);
  const t0 = performance.now();
  const outcomes = cases.map(run);
  const ms = performance.now() - t0;
  const tally = tallyOutcomes(outcomes);
  return {
    seed,
    proofs: source.proofs.length,
    repeatedPassages: source.repeated.length,
    cases: tally.total,
    exact: tally.exact,
    confident: tally.confident,
    approximate: tally.approximate,
    orphan: tally.orphan,
    unanchored: tally.unanchored,
    exactOrConfidentRight: tally.right,
    confidentWrong: tally.wrong.length,
    anchoringMs: Math.round(ms),
    byEdit: byEdit(outcomes),
    wrong: tally.wrong.map((o) => described(source, o)),
    misses: outcomes
      .filter((o) => o.verdict === 'honest')
      .slice(0, misses)
      .map((o) => described(source, o)),
  };
}

export function printGenerated(f: ReturnType<typeof evalGenerated>) {
  const row = (label: string, value: string, target = '') =>
    console.log(`${label.padEnd(40)}${value.padEnd(30)}${target}`.trimEnd());
  console.log(
    `${f.cases} generated quotes from ${f.proofs} shared proofs (${f.repeatedPassages} repeated passages), seed ${f.seed}`,
  );
  for (const kind of ['exact', 'confident', 'approximate', 'orphan', 'unanchored'] as const)
    row(`  ${kind}`, `${f[kind]} (${pct(f[kind], f.cases)})`);
  row(
    'exact or confident, on the true lines',
    `${f.exactOrConfidentRight} (${pct(f.exactOrConfidentRight, f.cases)})`,
    'target: ≥ 97%',
  );
  row('confident on the wrong lines', String(f.confidentWrong), 'target: 0');
  row('anchoring time, all cases', `${f.anchoringMs} ms`);
  console.log('by edit (share exact or confident on the true lines):');
  for (const [name, r] of Object.entries(f.byEdit))
    row(`  ${name}`, `${r.right} / ${r.total} (${pct(r.right, r.total)})`);
  const list = (label: string, items: typeof f.wrong) => {
    for (const w of items) {
      const a = w.anchor;
      console.log(
        `\n${label} [${w.edits}] proof ${w.proof}, true lines ${w.truth.lines.start}-${w.truth.lines.end}, placed ${a ? `${a.confidence} ${a.similarity.toFixed(3)} on ${a.startLine}-${a.endLine}` : 'nowhere'}`,
      );
      console.log(`  quote:  ${JSON.stringify(w.quote)}`);
      console.log(`  true:   ${JSON.stringify(w.trueText)}`);
      if (w.context) console.log(`  issue:  ${JSON.stringify(w.context)}`);
      if (w.lines) console.log(`  cited:  ${w.lines.start}-${w.lines.end}`);
      console.log(`  placed: ${JSON.stringify(w.placedText)}`);
    }
  };
  list('WRONG', f.wrong);
  list('MISS', f.misses);
}
