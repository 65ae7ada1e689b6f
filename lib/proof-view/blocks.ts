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

/** How far a line opens (+) or closes (−) display math and environments. */
function mathDepthChange(line: string): number {
  let depth = 0;
  depth += (line.match(/\\\[/g) ?? []).length - (line.match(/\\\]/g) ?? []).length;
  depth += (line.match(/\\begin\{/g) ?? []).length - (line.match(/\\end\{/g) ?? []).length;
  return depth;
}

/**
 * Splits a proof into blocks at blank lines, never inside an open display formula, `$$`
 * pair, environment or code fence (a blank line there belongs to the formula). `cuts` are
 * lines that must start a block (where a finding begins, or the line after it ends), so a
 * finding can sit right under its own lines even inside a long paragraph. Pure, so the
 * server (exports) and the browser (shared page, replay) cut a proof the same way.
 */
export function splitProofBlocks(proof: string, cuts: Iterable<number> = []): ProofBlock[] {
  const cutAt = new Set(cuts);
  const lines = proof.split(/\r?\n/);
  const blocks: ProofBlock[] = [];
  let current: string[] = [];
  let start = 1;
  let depth = 0;
  let dollars = false;
  let fence = false;
  const flush = (endLine: number) => {
    if (current.length) {
      const text = current.join('\n');
      blocks.push({ startLine: start, endLine, text, display: DISPLAY_START.test(text) });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    const open = depth > 0 || dollars || fence;
    if (!open && !line.trim()) {
      flush(n - 1);
      return;
    }
    if (!open && cutAt.has(n)) flush(n - 1);
    if (!current.length) start = n;
    current.push(line);
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    depth = Math.max(0, depth + mathDepthChange(line));
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) dollars = !dollars;
  });
  flush(lines.length);
  return blocks;
}

/** The block that holds a line (or the last block before it, for a line past the end). */
export function blockForLine(blocks: ProofBlock[], line: number): number {
  for (let i = 0; i < blocks.length; i++) if (line <= blocks[i].endLine) return i;
  return blocks.length - 1;
}
