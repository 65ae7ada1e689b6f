import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { verificationPrompt } from '@/lib/prompts/verify';
import { partVerificationPrompt } from '@/lib/prompts/verify-part';
import { buildOutline } from '@/lib/structure/outline';
import { partContext } from '@/lib/structure/part-context';
import { partsBottomUp } from '@/lib/structure/part-order';
import { median } from './format';

/**
 * Tokens sent to the verifier per part-verification against one whole-proof verification
 * (issue 17), for every corpus proof with lemmas or claims: the prompts are built by the app's
 * own prompt builders (Proofdesk's prompt set); tokens are estimated as characters / 4, the
 * run engine's own estimate (no tokenizer is installed). The parts are the ones autopilot part
 * by part verifies: the outermost lemmas and claims.
 */
const SOURCES = [
  ['deepseek-math-v2/IMO-ProofBench-Basic.jsonl', 'DeepSeekMath-V2 IMO-ProofBench'],
  ['deepseek-math-v2/Putnam2024.jsonl', 'DeepSeekMath-V2 Putnam 2024'],
  ['verifier-reports/grok-4.jsonl', 'IMO25 agent (Grok-4)'],
] as const;

const tokens = (messages: { content: string }[]) =>
  Math.round(messages.reduce((n, m) => n + m.content.length, 0) / 4);

type Row = { whole: number; parts: number[] };

function measure(problem: string, proof: string): Row | null {
  const outline = buildOutline(proof);
  const ids = partsBottomUp(outline);
  if (!ids.length) return null;
  const parts = ids.flatMap((id) => {
    const part = partContext(proof, outline, id);
    return part ? [tokens(partVerificationPrompt(problem, part, outline.lineCount).messages)] : [];
  });
  return { whole: tokens(verificationPrompt(problem, proof).messages), parts };
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

export function printPartTokens(corpus: string) {
  console.log('\ntokens sent to the verifier (≈ chars/4): one part against the whole proof');
  console.log(
    'source                           proofs  w/ parts  parts  whole med  part med  part/whole med  all parts/whole',
  );
  for (const [file, name] of SOURCES) {
    const full = path.join(corpus, file);
    if (!existsSync(full)) {
      console.log(`${name.padEnd(32)} (absent)`);
      continue;
    }
    const records = readFileSync(full, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const rows = records.flatMap((r) => {
      const proof: string = r.model_prediction?.proof ?? r.proof;
      const row = measure(r.problem ?? r.question ?? '', proof);
      return row ? [row] : [];
    });
    const parts = rows.flatMap((r) => r.parts);
    const ratios = rows.flatMap((r) => r.parts.map((p) => p / r.whole));
    const sums = rows.map((r) => r.parts.reduce((a, b) => a + b, 0) / r.whole);
    console.log(
      `${name.padEnd(32)} ${String(records.length).padStart(6)}  ${String(rows.length).padStart(8)}  ${String(parts.length).padStart(5)}  ${String(Math.round(median(rows.map((r) => r.whole)))).padStart(9)}  ${String(Math.round(median(parts))).padStart(8)}  ${pct(median(ratios)).padStart(14)}  ${pct(median(sums)).padStart(15)}`,
    );
  }
}
