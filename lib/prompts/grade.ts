import type { ChatMessage } from './types';

/**
 * Grading against a reference, in the IMO-ProofBench style: 7 complete, 6 almost, 1 partial
 * progress named in the guidelines, 0 otherwise. The grader reasons in prose and ends with a
 * fixed tag that is easy to find (`<points>N out of 7</points>`), never with JSON.
 */
export const GRADING_INSTRUCTION = `You are an experienced olympiad grader. Grade the candidate proof of the problem below on the 0-7 scale of the International Mathematical Olympiad, using the reference solution and the problem-specific grading guidelines when they are given.

Award exactly one of these:
- 7 points: a complete, correct and rigorous proof. It may follow a different route from the reference solution.
- 6 points: an almost complete proof whose only defects are minor and easily repaired (the guidelines list typical cases under "(Almost)").
- 1 point: real partial progress of a kind the guidelines list under "(Partial)" (without guidelines: a substantial, correct step towards a full proof).
- 0 points: anything else - fatal errors, unjustified key claims, or no substantial progress.

Rules:
- Judge what is written, not what the author may have meant. Every step that matters must be justified.
- Citing a result that is not standard does not replace proving it.
- A correct final answer without a valid proof earns at most the partial credit the guidelines allow.
- Length and style do not matter.

First explain your assessment: summarise the candidate's approach, check each step, name every error or gap you find, and compare the proof with the guidelines. Then end your answer with exactly one line of this form, where N is 7, 6, 1 or 0:
<points>N out of 7</points>`;

/**
 * With a rubric the grader awards each checkpoint (with a reason) and each deduction in tags
 * we can read without JSON, then still writes the total in the usual tag (lib/grading/
 * checkpoint-awards.ts compares the two).
 */
export const RUBRIC_GRADING_INSTRUCTION = `You are an experienced olympiad grader. Grade the candidate proof of the problem below on the 0-7 scale of the International Mathematical Olympiad, against the rubric given with it (and the reference solution and guidelines when they are given).

The rubric lists checkpoints, each with an id and its points. A proof may reach a checkpoint by a route other than the reference solution's; award it when the step is really achieved and justified. Award partial points within a checkpoint only when the rubric allows it. Items listed under "Zero credit" earn nothing. A deduction applies when the proof makes the mistake it describes; deductions subtract from the sum, and the total never goes below 0 or above 7.

Rules:
- Judge what is written, not what the author may have meant. Every step that matters must be justified.
- Citing a result that is not standard does not replace proving it.
- Length and style do not matter.

First explain your assessment: summarise the candidate's approach and check each step. Then award every checkpoint of the rubric, one tag each, with a one-sentence reason:
<award checkpoint="C1" points="2">reason</award>
then one tag for each deduction that applies (none if none applies):
<deduction id="D1">reason</deduction>
and end your answer with exactly one line giving the total, the sum of the awards minus the deductions:
<points>N out of 7</points>`;

export type GradingInput = {
  problem: string;
  proof: string;
  solution?: string;
  guidelines?: string;
  shortAnswer?: string;
  /** The problem's rubric in its text form (`rubricToText`), when it has one. */
  rubric?: string;
};

function section(title: string, body: string | undefined, missing: string): string {
  return `## ${title}\n\n${body?.trim() ? body.trim() : missing}`;
}

export function gradingMessages(input: GradingInput): ChatMessage[] {
  const parts = [
    section('Problem', input.problem, ''),
    section(
      'Reference Solution',
      input.solution,
      '(No reference solution is available: judge the proof on its own merits.)',
    ),
    section(
      'Grading Guidelines',
      input.guidelines,
      '(No problem-specific guidelines are available.)',
    ),
  ];
  if (input.shortAnswer?.trim()) parts.push(section('Expected Answer', input.shortAnswer, ''));
  if (input.rubric?.trim()) parts.push(section('Rubric', input.rubric, ''));
  parts.push(section('Candidate Proof', input.proof, '(empty)'));
  return [
    {
      role: 'system',
      content: input.rubric?.trim() ? RUBRIC_GRADING_INSTRUCTION : GRADING_INSTRUCTION,
    },
    { role: 'user', content: parts.join('\n\n') },
  ];
}
