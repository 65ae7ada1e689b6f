import type { Anchor, LineRange } from '@/lib/schemas/findings';
import { type Classified, classify, outranks } from './classify';
import { quoteCandidates } from './clean-quote';
import { settlePlace } from './issue-context';
import { clampLines, linesOfSpan, spanOfLines } from './lines';
import { locate } from './locate';
import type { Match } from './match';
import { normalizeWithMap } from './normalize';
import { normRangeOfLines, originalSpan, type PreparedProof, prepareProof } from './prepare';

/**
 * One finding to place: its quote, the lines it cited, and its issue text (`context`),
 * which can tell apart the places of a passage the proof states more than once.
 */
export type AnchorInput = { quote: string; lines: LineRange | null; context?: string };

/** Passages quoted inside a description must say enough to be placed on their own. */
const MIN_INNER_QUOTE = 12;

function anchorAt(prepared: PreparedProof, match: Match, placed: Classified): Anchor {
  const { startOffset, endOffset } = originalSpan(prepared, match.start, match.end);
  const lines = linesOfSpan(prepared.lineStarts, startOffset, endOffset);
  return { startLine: lines.start, endLine: lines.end, startOffset, endOffset, ...placed };
}

/** An unplaced finding that cited lines stays on those lines, marked orphan. */
function orphanOn(prepared: PreparedProof, cited: LineRange, similarity: number): Anchor {
  const lines = clampLines(prepared.lineStarts, cited);
  const span = spanOfLines(prepared.proof, prepared.lineStarts, lines);
  const clamped = Math.min(1, Math.max(0, similarity));
  return {
    startLine: lines.start,
    endLine: lines.end,
    ...span,
    confidence: 'orphan',
    similarity: clamped,
  };
}

/**
 * Places one finding in the proof. Returns null only when the quote could not be placed and
 * the finding cited no lines: the caller shows it as a comment on the whole proof.
 */
export function anchorQuote(prepared: PreparedProof, input: AnchorInput): Anchor | null {
  const focus = input.lines ? normRangeOfLines(prepared, input.lines) : null;
  let best: { match: Match; placed: Classified } | null = null;
  let bestSimilarity = 0;
  const candidates = quoteCandidates(input.quote);
  for (let i = 0; i < candidates.length; i++) {
    const pattern = normalizeWithMap(candidates[i]).text.trim();
    if (pattern.length === 0 || (i > 0 && pattern.length < MIN_INNER_QUOTE)) continue;
    const found = locate(prepared, pattern, focus);
    const match = found && settlePlace(prepared, found, input.context);
    if (match && match.method !== 'bigram')
      bestSimilarity = Math.max(bestSimilarity, match.similarity);
    const placed = classify(match);
    if (match && placed && outranks(placed, best?.placed ?? null)) best = { match, placed };
    if (best && best.placed.confidence !== 'approximate') break;
  }
  if (best) return anchorAt(prepared, best.match, best.placed);
  return input.lines ? orphanOn(prepared, input.lines, bestSimilarity) : null;
}

/** Anchors every finding of one report against one proof (the proof is prepared once). */
export function anchorFindings(proof: string, inputs: AnchorInput[]): (Anchor | null)[] {
  const prepared = prepareProof(proof);
  return inputs.map((input) => anchorQuote(prepared, input));
}
