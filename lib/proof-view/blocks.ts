import { joinedLines } from '@/lib/math/source-chunks';

/** A run of proof lines that reads as one unit: a paragraph, a display formula, a code block. */
export type ProofBlock = {
  /** 1-based, inclusive: the same numbering the verifier and the editor use. */
  startLine: number;
  endLine: number;
  text: string;
  /** Starts with display math or an environment: nothing may be appended to its lines. */
  display: boolean;
};

const DISPLAY_START = /^\s*(?:\\\[|\$\$|\\begin\{)/;

/**
 * Splits a proof into blocks at blank lines, never inside a formula (display or inline,
 * however it wraps: TeX's own grouping, as the preview reads it) or a code block — a blank
 * line or a cut there belongs to the formula. `cuts` are lines that must start a block (where
 * a finding begins, or the line after it ends), so a finding can sit right under its own
 * lines even inside a long paragraph. Pure, so the server (exports) and the browser (shared
 * page, replay) cut a proof the same way.
 */
export function splitProofBlocks(proof: string, cuts: Iterable<number> = []): ProofBlock[] {
  const cutAt = new Set(cuts);
  const lines = proof.split(/\r?\n/);
  const joined = joinedLines(proof, lines.length);
  const blocks: ProofBlock[] = [];
  let current: string[] = [];
  let start = 1;
  const flush = (endLine: number) => {
    if (current.length) {
      const text = current.join('\n');
      blocks.push({ startLine: start, endLine, text, display: DISPLAY_START.test(text) });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    // The line break before this line is inside a formula or code: the line continues it.
    const open = i > 0 && joined[i - 1];
    if (!open && !line.trim()) {
      flush(n - 1);
      return;
    }
    if (!open && cutAt.has(n)) flush(n - 1);
    if (!current.length) start = n;
    current.push(line);
  });
  flush(lines.length);
  return blocks;
}

/** The block that holds a line (or the last block before it, for a line past the end). */
export function blockForLine(blocks: ProofBlock[], line: number): number {
  for (let i = 0; i < blocks.length; i++) if (line <= blocks[i].endLine) return i;
  return blocks.length - 1;
}
