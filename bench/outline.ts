/**
 * npm run bench:outline — how long the proof outline takes to build (issue 17), and how many
 * tokens one part-verification sends against a whole-proof verification (support/part-tokens).
 *
 * Documents of 10k, 100k and 1M characters are made by joining real proofs (DeepSeekMath-V2's
 * from the shared corpus, numbered lemmas renamed so labels stay distinct; a generated stand-in
 * without the corpus). Prints the median and best of several `buildOutline` calls per size, the
 * time per 100k characters (linear growth keeps it flat), and the node and edge counts.
 *
 *   npm run bench:outline
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOutline } from '@/lib/structure';
import { CORPUS_DIR } from '@/test/corpus-dir';
import { median } from './support/format';
import { printPartTokens } from './support/part-tokens';

const SHARED = CORPUS_DIR;
const CORPUS = path.join(SHARED, 'deepseek-math-v2');
const SIZES = [10_000, 100_000, 1_000_000];

function sourceProofs(): string[] {
  const files = ['IMO-ProofBench-Basic.jsonl', 'Putnam2024.jsonl'].map((f) => path.join(CORPUS, f));
  if (!files.every(existsSync)) {
    console.warn('shared corpus absent: timing a generated stand-in proof');
    return [standIn()];
  }
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).model_prediction.proof as string),
  );
}

function standIn(): string {
  const part = (i: number) =>
    `## ${i}. Part ${i}\n\n**Lemma ${i}.** For all \\(n\\), \\(a_n \\ge 0\\).\n\n*Proof.* By (${i}) and Lemma ${Math.max(1, i - 1)}:\n\\[\na_{n+1} = a_n + b_n \\tag{${i}}\n\\]\n**Case 1.** If \\(n\\) is even, done.\n\n**Case 2.** Otherwise also. ∎\n`;
  return Array.from({ length: 40 }, (_, i) => part(i + 1)).join('\n');
}

function documentOf(size: number, proofs: string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const proof = proofs[i % proofs.length].replace(/(Lemma|Claim) (\d+)/g, `$1 ${i}.$2`);
    parts.push(proof);
    length += proof.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/** CPU time of this process in ms (user + system): what a call costs, whoever else runs. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const proofs = sourceProofs();
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${os.cpus().length} cores`,
);
console.log('chars      median ms  best ms  CPU median ms  ms/100k  nodes  edges');
for (const size of SIZES) {
  const doc = documentOf(size, proofs);
  const runs = size >= 1_000_000 ? 5 : 21;
  buildOutline(doc); // warm-up: JIT and regex compilation
  const times: number[] = [];
  const cpu: number[] = [];
  let outline = buildOutline(doc);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    outline = buildOutline(doc);
    cpu.push(cpuMs() - c0);
    times.push(performance.now() - t0);
  }
  const m = median(times);
  const cells = [
    String(doc.length).padEnd(10),
    m.toFixed(2).padStart(9),
    Math.min(...times)
      .toFixed(2)
      .padStart(7),
    median(cpu).toFixed(2).padStart(13),
    ((m * 100_000) / doc.length).toFixed(2).padStart(7),
    String(outline.nodes.length).padStart(5),
    String(outline.edges.length).padStart(5),
  ];
  console.log(cells.join('  '));
}
// Wall time counts the waits for a core that neighbours hold; on a shared machine the CPU
// median compares better from run to run. It counts every thread of the process (V8 marks
// garbage on helper threads), so it can exceed the wall time.

if (existsSync(SHARED)) printPartTokens(SHARED);
else console.warn('shared corpus absent: no token figures for part against whole verification');
