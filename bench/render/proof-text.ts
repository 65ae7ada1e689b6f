import fs from 'node:fs';
import path from 'node:path';
import { extractMath } from '../../lib/math/extract-math';
import { normalizeTex } from '../../lib/math/normalize-tex';
import { ROOT } from '../support/app';
import { insertMarkers, markerEnds } from './markers';
import { standInProof } from './standin';

const CORPUS = path.resolve(
  ROOT,
  '..',
  'shared',
  'corpus',
  'deepseek-math-v2',
  'IMO-ProofBench-Basic.jsonl',
);

/** About this share of the proof is the original text, the rest marker words. */
const MARKER_SHARE = 0.92;

export type BenchProof = {
  /** The draft the model "writes": the proof in DeepSeekMath-V2's answer format. */
  answer: string;
  proofChars: number;
  formulas: number;
  /** Where each marker word of the answer ends (see markers.ts). */
  markerEnds: number[];
  source: string;
};

/**
 * About `minChars` of real proof: DeepSeekMath-V2's proofs from the shared corpus, joined in
 * file order until long enough — or a generated stand-in of the same shape without the corpus.
 * Marker words are written into its prose (they count in `minChars`), so the page can tell
 * how far the text is on screen.
 */
export function benchProof(minChars: number): BenchProof {
  let proof: string;
  let source: string;
  if (fs.existsSync(CORPUS)) {
    const proofs: string[] = [];
    let length = 0;
    for (const line of fs.readFileSync(CORPUS, 'utf8').split('\n')) {
      if (length >= minChars * MARKER_SHARE) break;
      const text = line.trim() ? JSON.parse(line).model_prediction?.proof : null;
      if (typeof text !== 'string' || !text.trim()) continue;
      proofs.push(text.trim());
      length += text.length;
    }
    proof = proofs.join('\n\n---\n\n');
    source = `${proofs.length} DeepSeekMath-V2 proofs of ${path.relative(ROOT, CORPUS)}`;
  } else {
    proof = standInProof(minChars * MARKER_SHARE);
    source = 'generated stand-in (the shared corpus is absent)';
  }
  proof = insertMarkers(proof);
  const answer = `## Solution\n\n${proof}\n\n## Self Evaluation\n\nEach step follows from the previous ones.\n\nBased on my evaluation, the final overall score should be: \\boxed{1}`;
  const formulas = extractMath(normalizeTex(proof)).math.length;
  return { answer, proofChars: proof.length, formulas, markerEnds: markerEnds(answer), source };
}
