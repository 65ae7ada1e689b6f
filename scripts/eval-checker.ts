/**
 * Measures the deterministic checker (issue 16) on real proofs: relations found, checked and
 * skipped per corpus; every false relation flagged (for a person to judge); false flags per
 * human-graded 7/7 proof; planted-error recall; and CPU per 100k characters of proofs new to
 * a process that has checked the other files (the target's figure), and of the checker's first
 * use in a fresh process (checker-timing.ts).
 *
 *   npm run eval:checker -- ../shared/corpus/deepseek-math-v2/IMO-ProofBench-Basic.jsonl \
 *     ../shared/corpus/deepseek-math-v2/Putnam2024.jsonl ../shared/corpus/verifier-reports/grok-4.jsonl
 *   npm run eval:checker -- --corpus     # those three files of ../shared/corpus
 *
 * Add `--skips` to list the commonest skip reasons (per file, and for DeepSeekMath-V2's proofs
 * together: the issue's target is the share of those checked).
 */
import { basename } from 'node:path';
import { runChecker } from '../lib/checker';
import type { ProofRecord } from '../lib/checker/proof-records';
import { corpusFiles, plantedOutcomes, quietKatexWarnings, readCorpusFile } from './checker-corpus';
import { firstPass } from './checker-timing';

/** The proofs the issue's "checked, not skipped" target is about. */
const TARGET_GROUP = 'deepseek-math-v2';

quietKatexWarnings();

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

interface Totals {
  proofs: number;
  chars: number;
  relations: number;
  holds: number;
  false: number;
  skipped: number;
  /** CPU ms of one pass after the other files (checker-timing.ts); null if not measured. */
  ms: number | null;
  /** The same pass's main-thread CPU ms: the checking without V8's compiler threads. */
  mainMs: number | null;
  /** A fresh process's first pass, CPU ms (null when it could not be measured). */
  firstMs: number | null;
  reasons: Map<string, number>;
}

/** `<`, `≤`, `>`, `≥`: a changed number often leaves these true, so they are counted apart. */
const INEQUALITY = /\\(le|ge|leq|geq|leqslant|geqslant|lt|gt)(?![a-zA-Z])|<|>/;

interface Recall {
  planted: number;
  caught: number;
  inequalitiesPlanted: number;
  inequalitiesCaught: number;
  unplantable: number;
  /** Hold through earlier lines (a specialised equation, stated values), confirm-only: not counted. */
  specialisations: number;
  specialisationsCaught: number;
  missed: string[];
}

function recall(records: ProofRecord[]): Recall {
  let planted = 0;
  let caught = 0;
  let inequalitiesPlanted = 0;
  let inequalitiesCaught = 0;
  let unplantable = 0;
  let specialisations = 0;
  let specialisationsCaught = 0;
  const missed: string[] = [];
  for (const r of records) {
    for (const p of plantedOutcomes(r, runChecker(r.proof).relations)) {
      const rel = p.relation;
      if (!p.planted) {
        unplantable++;
        continue;
      }
      // Neither a rewriting nor a numeric claim (the issue's recall): a changed one no longer
      // matches the equation or values it came from, and is skipped, never called false.
      if (rel.basis) {
        specialisations++;
        if (p.caught) specialisationsCaught++;
        continue;
      }
      if (INEQUALITY.test(rel.text)) {
        inequalitiesPlanted++;
        if (p.caught) inequalitiesCaught++;
        continue;
      }
      planted++;
      if (p.caught) caught++;
      else if (missed.length < 400) missed.push(`${r.id} L${rel.line}: ${rel.text}`);
    }
  }
  return {
    planted,
    caught,
    inequalitiesPlanted,
    inequalitiesCaught,
    unplantable,
    specialisations,
    specialisationsCaught,
    missed,
  };
}

function emptyTotals(proofs: number): Totals {
  const zero = {
    chars: 0,
    relations: 0,
    holds: 0,
    false: 0,
    skipped: 0,
    ms: 0,
    mainMs: 0,
    firstMs: 0,
  };
  return { proofs, ...zero, reasons: new Map() };
}

function addTotals(into: Totals, t: Totals): void {
  for (const k of ['relations', 'holds', 'false', 'skipped', 'chars', 'proofs'] as const)
    into[k] += t[k];
  const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  into.ms = sum(into.ms, t.ms);
  into.mainMs = sum(into.mainMs, t.mainMs);
  into.firstMs = sum(into.firstMs, t.firstMs);
  for (const [reason, n] of t.reasons)
    into.reasons.set(reason, (into.reasons.get(reason) ?? 0) + n);
}

/** The issue's time target: under 300 ms of CPU per 100k characters. */
const TARGET_MS_PER_100K = 300;
const per100k = (ms: number, chars: number) => (ms / chars) * 100_000;

/**
 * The time of proofs new to a process that has checked the other files (the target's figure),
 * then the same pass on its main thread alone, and the checker's first use in a process.
 */
function printTime(t: Totals): void {
  const shown = (ms: number | null) =>
    ms === null ? 'not measured' : `${per100k(ms, t.chars).toFixed(1)} ms`;
  const met = t.ms !== null && per100k(t.ms, t.chars) < TARGET_MS_PER_100K;
  console.log(
    `time:              ${shown(t.ms)} CPU per 100k characters ${met ? '✔' : '✘'} (< ${TARGET_MS_PER_100K}; proofs new to a process that has checked the other files); on the checking thread alone: ${shown(t.mainMs)}; the checker's first use in a process: ${shown(t.firstMs)}`,
  );
}

/** The commonest skip reasons, by count, with their share of all relations. */
function printSkips(t: Totals, top: number): void {
  for (const [reason, n] of [...t.reasons].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  skip ${n}\t${pct(n, t.relations)}\t${reason}`);
}

function main() {
  const args = process.argv.slice(2);
  const showSkips = args.includes('--skips');
  const showMissed = args.includes('--missed');
  const files = corpusFiles(args);
  if (files.length === 0) {
    console.error('usage: npm run eval:checker -- FILE.jsonl … | --corpus');
    process.exit(2);
  }
  const all = emptyTotals(0);
  const group = emptyTotals(0);
  let graded7 = 0;
  let graded7Flags = 0;
  const flagged: string[] = [];
  let planted = 0;
  let caught = 0;
  const missed: string[] = [];
  const counted: { file: string; records: ProofRecord[]; t: Totals; rec: Recall }[] = [];
  for (const file of files) {
    const { records, errors } = readCorpusFile(file);
    if (errors.length) console.log(`${basename(file)}: ${errors.length} unreadable lines`);
    const t = emptyTotals(records.length);
    for (const r of records) {
      t.chars += r.proof.length;
      const result = runChecker(r.proof);
      t.relations += result.stats.relations;
      t.holds += result.stats.holds;
      t.false += result.stats.false;
      t.skipped += result.stats.skipped;
      for (const rel of result.relations) {
        if (rel.reason) {
          const key = rel.reason.replace(/“.*”/, '“…”');
          t.reasons.set(key, (t.reasons.get(key) ?? 0) + 1);
        }
        if (rel.verdict === 'false')
          flagged.push(
            `${basename(file)} ${r.id}${r.humanRating !== undefined ? ` (human ${r.humanRating})` : ''} L${rel.line}: ${rel.text}  —  ${rel.witness}`,
          );
      }
      if (r.humanRating === 7) {
        graded7++;
        graded7Flags += result.stats.false;
      }
    }
    const rec = recall(records);
    planted += rec.planted;
    caught += rec.caught;
    missed.push(...rec.missed);
    counted.push({ file, records, t, rec });
  }
  for (const { file, t, rec } of counted) {
    // Each in a fresh process (checker-timing.ts): after the other files, and alone.
    const afterOthers = firstPass(
      file,
      files.filter((f) => f !== file),
    );
    t.ms = afterOthers?.cpuMs ?? null;
    t.mainMs = afterOthers?.mainMs ?? null;
    t.firstMs = firstPass(file)?.cpuMs ?? null;
    console.log(
      `\n== ${basename(file)}: ${t.proofs} proofs, ${t.chars.toLocaleString('en-US')} characters`,
    );
    console.log(`relations found:   ${t.relations}`);
    console.log(
      `checked:           ${t.holds + t.false} (${pct(t.holds + t.false, t.relations)}): ${t.holds} hold, ${t.false} false`,
    );
    console.log(`skipped:           ${t.skipped} (${pct(t.skipped, t.relations)})`);
    console.log(
      `planted errors:    ${rec.caught}/${rec.planted} equalities reported false on their line (${pct(rec.caught, rec.planted)}); ${rec.unplantable} holding relations had no number or sign to change`,
    );
    console.log(
      `  (inequalities:   ${rec.inequalitiesCaught}/${rec.inequalitiesPlanted} reported false; a changed number often leaves an inequality true)`,
    );
    console.log(
      `  (through earlier lines: ${rec.specialisationsCaught}/${rec.specialisations} reported false; a relation that holds as an earlier equation with values put in, or with values stated earlier, is only ever confirmed)`,
    );
    printTime(t);
    if (showSkips) printSkips(t, 15);
    addTotals(all, t);
    if (file.includes(TARGET_GROUP)) addTotals(group, t);
  }
  if (group.relations > 0) {
    console.log(`\n== ${TARGET_GROUP} (the issue's target: at least 40% checked)`);
    console.log(
      `checked:           ${group.holds + group.false}/${group.relations} (${pct(group.holds + group.false, group.relations)})`,
    );
    if (showSkips) printSkips(group, 40);
  }
  console.log('\n== all files');
  console.log(
    `checked:           ${all.holds + all.false}/${all.relations} (${pct(all.holds + all.false, all.relations)})`,
  );
  console.log(`planted errors:    ${caught}/${planted} (${pct(caught, planted)})`);
  printTime(all);
  console.log(
    `7/7 human-graded:  ${graded7Flags} false flags in ${graded7} proofs (${(graded7Flags / Math.max(1, graded7 / 20)).toFixed(2)} per 20)`,
  );
  console.log(`\nfalse relations flagged (${flagged.length}):`);
  for (const f of flagged) console.log(`  ${f}`);
  if (showMissed) {
    console.log(`\nplanted errors missed (first ${missed.length}):`);
    for (const m of missed) console.log(`  ${m}`);
  }
}

main();
