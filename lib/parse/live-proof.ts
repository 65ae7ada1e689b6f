import {
  answerPart,
  EVALUATION_OPENING,
  SELF_EVALUATION_HEADING,
  SOLUTION_HEADING,
  trimBlankLines,
} from './generation';

// What a line that is still arriving may turn into: a heading or the evaluation's opening.
const WRAPPER_WORDS = ['solution', 'self evaluation', 'self-evaluation', 'selfevaluation'];
const OPENING = 'here is my evaluation of the solution';

/** True when an unfinished last line could still become a wrapper line (so it is held back). */
function mayBecomeWrapper(tail: string): boolean {
  const rest = tail
    .replace(/^[ \t#*_]*/, '')
    .toLowerCase()
    .replace(/[ \t]+/g, ' ');
  if (!rest) return true;
  if (OPENING.startsWith(rest) || rest.startsWith(OPENING)) return true;
  return WRAPPER_WORDS.some((w) => w.startsWith(rest) || rest.startsWith(w));
}

/**
 * The proof as it will be stored, read from a draft that is still streaming: the text under
 * the Solution heading, up to the Self Evaluation, without the wrapper. An unfinished last
 * line that could still become a heading is held back, so what is shown is always a prefix
 * of what `parseGeneration` stores once the draft is complete — lines never renumber.
 */
export function liveProof(content: string): string {
  const text = answerPart(content);
  const cut = text.lastIndexOf('\n') + 1;
  const complete = text.slice(0, cut);
  const tail = text.slice(cut);

  const solution = SOLUTION_HEADING.exec(complete);
  if (!solution && !complete.trim() && mayBecomeWrapper(tail)) return '';
  const bodyStart = solution ? solution.index + solution[0].length : 0;
  const body = complete.slice(bodyStart);
  const end = SELF_EVALUATION_HEADING.exec(body) ?? EVALUATION_OPENING.exec(body);
  if (end) return trimBlankLines(body.slice(0, end.index));
  const shownTail = mayBecomeWrapper(tail) ? '' : tail;
  return trimBlankLines(body + shownTail);
}

/**
 * `liveProof`, incrementally, for long streams: each delta is classified once, line by
 * line, and the proof is a range of the text — so a draft costs time in proportion to its
 * length, not to its length squared. Agrees with `liveProof` on drafts whose Solution
 * heading comes before their self-evaluation (every shape the unit tests cover).
 */
export class LiveProofParser {
  text = '';
  /** Start of the first line not yet classified (every line before it is complete). */
  private lineStart = 0;
  private bodyStart: number | null = null;
  private end: number | null = null;
  private sawContent = false;

  append(delta: string): void {
    this.text += delta;
    this.scan();
  }

  /** The self-evaluation has begun: the proof will not grow any further. */
  get complete(): boolean {
    return this.end !== null;
  }

  /** Where the proof is in `text`: [from, to). */
  range(): [number, number] {
    const t = this.text;
    const tail = this.end === null ? t.slice(this.lineStart) : '';
    const waiting = this.end === null && mayBecomeWrapper(tail);
    if (this.bodyStart === null && !this.sawContent && waiting) return [0, 0];
    const blank = /(?:[ \t]*\r?\n)*/y;
    blank.lastIndex = this.bodyStart ?? 0;
    blank.exec(t);
    const from = blank.lastIndex;
    let to = this.end ?? (waiting ? this.lineStart : t.length);
    while (to > from && /\s/.test(t[to - 1])) to--;
    return [from, Math.max(from, to)];
  }

  private scan(): void {
    const t = this.text;
    for (let nl = t.indexOf('\n', this.lineStart); nl !== -1 && this.end === null; ) {
      const line = t.slice(this.lineStart, nl + 1);
      if (this.bodyStart === null && SOLUTION_HEADING.test(line)) {
        this.bodyStart = nl + 1;
      } else if (SELF_EVALUATION_HEADING.test(line) || EVALUATION_OPENING.test(line)) {
        this.end = this.lineStart;
        break;
      } else if (line.trim()) {
        this.sawContent = true;
      }
      this.lineStart = nl + 1;
      nl = t.indexOf('\n', this.lineStart);
    }
  }
}
