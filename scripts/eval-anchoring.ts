/**
 * Measures anchoring on real verifier reports (issue 3, "Measured"):
 *   npm run eval:anchoring -- FILE.jsonl… [--json]
 * FILE lines are `{id, problem, proof, report}` (e.g. ../shared/corpus/verifier-reports/grok-4.jsonl).
 * And on quotes generated from the shared proofs (issue 14):
 *   npm run eval:anchoring -- --generated 5000 [--seed N] [--corpus DIR] [--misses K] [--json]
 */
import { readFileSync } from 'node:fs';
import { type AnchorInput, anchorQuote, prepareProof } from '@/lib/findings/anchor';
import { evalGenerated, printGenerated } from './eval-anchoring-generated';

type ReportRecord = { id: string; problem: string; proof: string; report: string };
type Extract = (report: string) => AnchorInput[];

const LIST_START = /List\s+of\s+Findings/i;
const LIST_END = /Detailed\s+Verification\s+Log/i;
const LOCATION = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*)?Location(?:\*\*)?[ \t]*:(?:\*\*)?/gim;
const ISSUE = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*)?Issue(?:\*\*)?[ \t]*:/im;

/** The raw text of every `Location:` entry in the "List of Findings", up to its `Issue:`. */
function rawLocations(report: string): string[] {
  const start = report.search(LIST_START);
  if (start < 0) return [];
  const end = report.slice(start).search(LIST_END);
  const list = report.slice(start, end < 0 ? report.length : start + end);
  const marks = [...list.matchAll(LOCATION)];
  return marks.map((m, i) => {
    const entry = list.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? list.length);
    const issue = ISSUE.exec(entry);
    return (issue ? entry.slice(0, issue.index) : entry).trim();
  });
}

/** Prefers the project's report parser; falls back to the raw `Location:` entries. */
async function loadExtractor(): Promise<{ extract: Extract; source: string }> {
  const parserModule = '../lib/findings/parsers/index';
  try {
    const { parseReport } = await import(parserModule);
    if (typeof parseReport === 'function') {
      const extract: Extract = (report) =>
        parseReport(report).findings.map((f: AnchorInput & { description: string }) => ({
          quote: f.quote,
          lines: f.lines,
          context: f.description,
        }));
      return { extract, source: 'lib/findings/parsers parseReport' };
    }
  } catch {
    // Parser not there: the local extraction is enough for IMO25 reports.
  }
  const extract: Extract = (report) =>
    rawLocations(report).map((quote) => ({ quote, lines: null }));
  return { extract, source: 'local Location: extraction' };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many raw list `Location:` entries some parsed finding's quote was taken from. */
function locationsParsed(report: string, inputs: AnchorInput[]) {
  const raw = rawLocations(report).map(squash);
  const quotes = inputs.map((i) => squash(i.quote)).filter((q) => q.length > 0);
  return { raw: raw.length, parsed: raw.filter((e) => quotes.some((q) => e.includes(q))).length };
}

/** Deterministic PRNG (mulberry32) so the synthetic benchmark is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function latencySummary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50: round3(at(0.5)), p95: round3(at(0.95)), max: round3(at(1)) };
}

const KINDS = ['exact', 'confident', 'approximate', 'orphan', 'unanchored'] as const;
type Tally = Record<(typeof KINDS)[number], number>;
const emptyTally = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Tally;

/** Anchors every finding of each report against `proofFor(record)`, timing each finding. */
function anchorAll(
  records: ReportRecord[],
  inputs: AnchorInput[][],
  proofFor: (i: number) => string,
) {
  const tally = emptyTally();
  const latencies: number[] = [];
  const prepare: number[] = [];
  records.forEach((_, i) => {
    const t0 = performance.now();
    const prepared = prepareProof(proofFor(i));
    prepare.push(performance.now() - t0);
    for (const input of inputs[i]) {
      const t = performance.now();
      const anchor = anchorQuote(prepared, input);
      latencies.push(performance.now() - t);
      tally[anchor ? anchor.confidence : 'unanchored']++;
    }
  });
  return { tally, latency: latencySummary(latencies), prepare: latencySummary(prepare) };
}

/** The proof of the next record (cyclically) that answers a different problem. */
function otherProblemProof(records: ReportRecord[], i: number): string {
  for (let step = 1; step < records.length; step++) {
    const other = records[(i + step) % records.length];
    if (other.problem !== records[i].problem) return other.proof;
  }
  return '';
}

/**
 * A ~100,000-char proof (distinct corpus proofs joined) and 100 quotes sampled from it:
 * 30% verbatim, 20% re-spaced with `$…$` turned into `\(…\)`, 30% with 4% of chars
 * dropped, 10% elided in the middle, 10% not in the proof at all.
 */
function syntheticCase(records: ReportRecord[], withLines: boolean) {
  const proof = [...new Set(records.map((r) => r.proof))].join('\n\n').slice(0, 100_000);
  const random = prng(20_250_701);
  const lineOf = (offset: number) => proof.slice(0, offset).split('\n').length;
  const inputs: AnchorInput[] = [];
  while (inputs.length < 100) {
    const start = Math.floor(random() * (proof.length - 400));
    const slice = proof.slice(start, start + 40 + Math.floor(random() * 220));
    const kind = random();
    let quote = slice;
    if (kind < 0.2) quote = slice.replace(/\s+/g, ' ').replace(/\$([^$]*)\$/g, '\\($1\\)');
    else if (kind < 0.5) quote = [...slice].filter(() => random() > 0.04).join('');
    else if (kind < 0.6)
      quote = `${slice.slice(0, slice.length / 3)} ... ${slice.slice((2 * slice.length) / 3)}`;
    else if (kind < 0.7)
      quote = 'Hence by the lemma the sequence is bounded and the claim follows for all n.';
    const lines = withLines ? { start: lineOf(start), end: lineOf(start + slice.length) } : null;
    inputs.push({ quote, lines });
  }
  let anchored = emptyTally();
  const time = () => {
    const t = performance.now();
    const prepared = prepareProof(proof);
    const anchors = inputs.map((input) => anchorQuote(prepared, input));
    const ms = performance.now() - t;
    anchored = emptyTally();
    for (const a of anchors) anchored[a ? a.confidence : 'unanchored']++;
    return ms;
  };
  const coldMs = round3(time());
  const warmMs = round3(Math.min(time(), time(), time()));
  return { proofChars: proof.length, coldMs, warmMs, anchored };
}

async function measure(files: string[]) {
  const records = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ReportRecord),
  );
  const { extract, source } = await loadExtractor();
  const inputs = records.map((r) => extract(r.report));
  const locations = { raw: 0, parsed: 0, share: 0 };
  records.forEach((r, i) => {
    const counted = locationsParsed(r.report, inputs[i]);
    locations.raw += counted.raw;
    locations.parsed += counted.parsed;
  });
  locations.share = round3(locations.parsed / (locations.raw || 1));
  // The first pass includes JIT warm-up (what a fresh worker sees); the second is steady state.
  const own = anchorAll(records, inputs, (i) => records[i].proof);
  const warm = anchorAll(records, inputs, (i) => records[i].proof);
  const wrong = anchorAll(records, inputs, (i) => otherProblemProof(records, i));
  const findings = inputs.reduce((n, list) => n + list.length, 0);
  const share = (n: number) => round3(findings ? n / findings : 0);
  const falseAnchors = wrong.tally.exact + wrong.tally.confident;
  return {
    extractor: source,
    reports: records.length,
    findings,
    locations,
    anchored: Object.fromEntries(
      KINDS.map((k) => [k, { count: own.tally[k], share: share(own.tally[k]) }]),
    ),
    exactOrConfident: share(own.tally.exact + own.tally.confident),
    wrongProof: {
      falseConfidentOrBetter: falseAnchors,
      rate: share(falseAnchors),
      approximate: wrong.tally.approximate,
    },
    latencyMs: own.latency,
    latencyWarmMs: warm.latency,
    prepareProofMs: own.prepare,
    hundredFindings: {
      withCitedLines: syntheticCase(records, true),
      withoutLines: syntheticCase(records, false),
    },
  };
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const ms = (l: { p50: number; p95: number; max: number }) =>
  `p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms`;

/** The figures as a short table, with the issue's targets beside them. */
function printText(f: Awaited<ReturnType<typeof measure>>) {
  const row = (label: string, value: string, target = '') =>
    console.log(`${label.padEnd(40)}${value.padEnd(44)}${target}`.trimEnd());
  console.log(`${f.reports} reports, ${f.findings} findings (read by ${f.extractor})`);
  row(
    'Location: entries parsed',
    `${f.locations.parsed} / ${f.locations.raw} (${pct(f.locations.share)})`,
    'target: all',
  );
  const labels: Record<string, string> = {
    orphan: 'orphan (on cited lines)',
    unanchored: 'unanchored (whole-proof comment)',
  };
  for (const [kind, { count, share }] of Object.entries(f.anchored))
    row(`  ${labels[kind] ?? kind}`, `${count} (${pct(share)})`);
  row('exact or confident', pct(f.exactOrConfident), 'target: ≥ 92%');
  const w = f.wrongProof;
  row(
    'against another problem’s proof',
    `${w.falseConfidentOrBetter} confident+ (${pct(w.rate)}), ${w.approximate} approximate`,
    'target: 0',
  );
  row('latency per finding (first pass)', ms(f.latencyMs), 'target: p95 < 2 ms');
  row('latency per finding (warm)', ms(f.latencyWarmMs));
  row('prepareProof per report', ms(f.prepareProofMs));
  for (const [label, c] of Object.entries(f.hundredFindings)) {
    const kinds = Object.entries(c.anchored)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    row(
      `100 findings, ${c.proofChars} chars, ${label === 'withCitedLines' ? 'lines' : 'no lines'}`,
      `${c.coldMs} ms cold, ${c.warmMs} ms warm`,
      'target: < 100 ms',
    );
    row('', `(${kinds})`);
  }
}

/** `--name value` options, and the arguments left over. */
function options(args: string[], names: string[]) {
  const found: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (args[i].startsWith('--') && names.includes(name) && i + 1 < args.length) {
      found[name] = args[++i];
    } else rest.push(args[i]);
  }
  return { found, rest };
}

const USAGE = `usage: npm run eval:anchoring -- FILE.jsonl… [--json]
       npm run eval:anchoring -- --generated N [--seed S] [--corpus DIR] [--misses K] [--json]`;

async function main() {
  const { found, rest: args } = options(process.argv.slice(2), [
    'generated',
    'seed',
    'corpus',
    'misses',
  ]);
  if (found.generated) {
    const count = Number(found.generated);
    const seed = Number(found.seed ?? 14_2026);
    if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(seed)) {
      console.error(USAGE);
      process.exit(2);
    }
    const figures = evalGenerated(count, seed, found.corpus, Number(found.misses ?? 0));
    if (args.includes('--json')) console.log(JSON.stringify(figures));
    else printGenerated(figures);
    return;
  }
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const figures = await measure(files);
  if (args.includes('--json')) console.log(JSON.stringify(figures));
  else printText(figures);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
