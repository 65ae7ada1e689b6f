import { lastBoxedScore } from './boxed';
import { toRubricScore } from './score';

export type ParsedGeneration = {
  /** The text under the Solution heading, surrounding blank lines trimmed, otherwise byte-exact. */
  proof: string;
  /** What follows the Self Evaluation heading, or null when the model wrote none. */
  selfEvaluation: string | null;
  /** The self-evaluation's last boxed score (0, 0.5 or 1 on the rubric), or null. */
  selfScore: number | null;
  /** True when the output lacks part of the expected shape: Solution heading, Self Evaluation, boxed score. */
  truncatedFormat: boolean;
};

// Headings as DeepSeekMath-V2's own parser accepts them (`## Solution`, `**Solution**`), plus
// other levels, a trailing period or colon, and a bare `Solution:` line.
export const SOLUTION_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*(?:\*\*|__)?[ \t]*Solution[ \t]*[.:]?[ \t]*(?:\*\*|__)?|\*{1,2}[ \t]*Solution[ \t]*[.:]?[ \t]*\*{1,2}:?|Solution[ \t]*:)[ \t]*(?:\r?\n|$)/im;
export const SELF_EVALUATION_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*(?:\*\*|__)?[ \t]*Self[ \t-]?Evaluation[ \t]*[.:]?[ \t]*(?:\*\*|__)?|\*{1,2}[ \t]*Self[ \t-]?Evaluation[ \t]*[.:]?[ \t]*\*{1,2}:?|Self[ \t-]?Evaluation[ \t]*:)[ \t]*(?:\r?\n|$)/im;
// Without any heading, an evaluation still announces itself with DeepSeekMath-V2's fixed opening.
export const EVALUATION_OPENING = /^[ \t]*(?:\*\*)?Here is my evaluation of the solution/im;

/** Removes blank lines before and whitespace after, leaving everything in between untouched. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/** Only the answer counts: a reasoning trace left in the content ends at the last `</think>`. */
export function answerPart(text: string): string {
  const end = text.lastIndexOf('</think>');
  return end === -1 ? text : text.slice(end + '</think>'.length);
}

export function parseGeneration(content: string): ParsedGeneration {
  const text = answerPart(content);
  const solution = SOLUTION_HEADING.exec(text);
  const bodyStart = solution ? solution.index + solution[0].length : 0;
  const body = text.slice(bodyStart);

  const evaluationHeading = SELF_EVALUATION_HEADING.exec(body);
  const evaluationStart = evaluationHeading ?? EVALUATION_OPENING.exec(body);
  const proofEnd = evaluationStart ? evaluationStart.index : body.length;
  const evaluationFrom = evaluationHeading
    ? evaluationHeading.index + evaluationHeading[0].length
    : (evaluationStart?.index ?? body.length);

  const proof = trimBlankLines(body.slice(0, proofEnd));
  const selfEvaluation = evaluationStart ? trimBlankLines(body.slice(evaluationFrom)) : null;
  const selfScore = selfEvaluation ? toRubricScore(lastBoxedScore(selfEvaluation)) : null;
  return {
    proof,
    selfEvaluation,
    selfScore,
    truncatedFormat: !solution || selfEvaluation === null || selfScore === null,
  };
}
