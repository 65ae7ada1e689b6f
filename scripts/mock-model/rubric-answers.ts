/**
 * The scripted grader's answers when a rubric is involved: a drafted rubric (checkpoints
 * adding up to 7, a zero-credit note, a deduction) and checkpoint-by-checkpoint grading.
 */
export const MOCK_RUBRIC_DRAFT = `## Checkpoints
- [C1] (2 points) Reduces the inequality to a one-variable bound by normalising a + b + c = 1.
- [C2] (4 points) Proves a valid termwise bound such as the tangent line x/(1-x) >= (9x-1)/4 on (0, 1). Alternatively: applies Cauchy-Schwarz (Engel form) to the sum (same 4 points).
- [C3] (1 point) Sums the bounds and identifies the equality case a = b = c.
## Zero credit
- Checking the inequality for a = b = c or other special values only.
## Deductions
- [D1] (-1 point) The equality case is stated wrongly.`;

/** The checkpoints as the rubric section of a grading prompt lists them: `- [C1] (2 points) …`. */
function checkpointsIn(prompt: string): { id: string; points: number }[] {
  const section = /## Rubric\s*\n([\s\S]*?)(?:\n## Candidate Proof|$)/.exec(prompt)?.[1] ?? '';
  const checkpoints = section.split(/\n## (?:Zero credit|Deductions)/)[0];
  return [...checkpoints.matchAll(/^- \[([\w.-]+)\] \((\d+) points?\)/gm)].map((m) => ({
    id: m[1],
    points: Number(m[2]),
  }));
}

/**
 * A flawed proof earns the first checkpoint only; a sound one earns them all. The stated
 * total is the awards' sum, as a careful grader's would be.
 */
export function rubricGrading(prompt: string, flawed: boolean): string {
  const checkpoints = checkpointsIn(prompt);
  const awards = checkpoints.map((c, i) => ({ ...c, awarded: flawed && i > 0 ? 0 : c.points }));
  const total = awards.reduce((s, a) => s + a.awarded, 0);
  const tags = awards.map(
    (a) =>
      `<award checkpoint="${a.id}" points="${a.awarded}">${
        a.awarded === a.points
          ? 'Reached and justified.'
          : 'Not reached: the key estimate is false for small x.'
      }</award>`,
  );
  return `The proof ${flawed ? 'sets up the problem correctly but its key estimate is false' : 'is complete and rigorous'}.\n\n${tags.join('\n')}\n\n<points>${Math.min(7, total)} out of 7</points>`;
}
