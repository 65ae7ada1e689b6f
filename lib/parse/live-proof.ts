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
