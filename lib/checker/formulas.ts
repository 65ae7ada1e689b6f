import { lineAt, lineStartsOf } from '../math/line-starts';
import { tokenize } from '../math/tokenize';
import type { Token } from '../math/tokens';

/** One formula of a proof, where it is, and the prose around it. */
export interface ProofFormula {
  tex: string;
  display: boolean;
  /** Offset of `tex` in the proof (its delimiters excluded where they can be found). */
  texStart: number;
  /** 1-based lines of the formula with its delimiters. */
  startLine: number;
  endLine: number;
  /** Prose just before and after it (up to 120 characters each). */
  before: string;
  after: string;
}

/** A math delimiter with no partner, pinned to its line. */
export interface StrayDelimiter {
  value: string;
  line: number;
}

const CONTEXT = 120;

/** Maps offsets to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    this.starts = lineStartsOf(text);
  }
  lineOf(offset: number): number {
    return lineAt(this.starts, offset);
  }
}

/**
 * The formulas of a proof with their lines, found by the project's own math tokenizer
 * (the same one the preview uses), and the delimiters it found unbalanced.
 */
export function proofFormulas(
  proof: string,
  lines = new LineIndex(proof),
  tokens: readonly Token[] = tokenize(proof),
): {
  formulas: ProofFormula[];
  strays: StrayDelimiter[];
} {
  const formulas: ProofFormula[] = [];
  const strays: StrayDelimiter[] = [];
  tokens.forEach((t, idx) => {
    if (t.start === undefined || t.end === undefined) return;
    if (t.kind === 'stray') strays.push({ value: t.value, line: lines.lineOf(t.start) });
    if (t.kind !== 'math') return;
    const probe = t.tex.slice(0, 24);
    const found = probe ? proof.indexOf(probe, t.start) : -1;
    const texStart = found >= 0 && found < t.end ? found : t.start;
    formulas.push({
      tex: t.tex,
      display: t.display,
      texStart,
      startLine: lines.lineOf(t.start),
      endLine: lines.lineOf(Math.max(t.start, t.end - 1)),
      before: proseAt(tokens, idx - 1).slice(-CONTEXT),
      after: proseAt(tokens, idx + 1).slice(0, CONTEXT),
    });
  });
  return { formulas, strays };
}

/** Token `k`'s text when it is prose; '' for a formula, anything else, or no token. */
function proseAt(tokens: readonly Token[], k: number): string {
  const n = tokens[k];
  return n && (n.kind === 'text' || n.kind === 'math') ? (n.kind === 'text' ? n.value : '') : '';
}
