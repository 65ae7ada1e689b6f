/**
 * The scale a record's human grade is on. DeepSeekMath-V2's released outputs grade each
 * contest on its own scale: Putnam out of 10, the IMO-style sets out of 7. Named by the
 * record's id or source ("Putnam2024-A1"); the grade is kept on that scale, never forced to 7.
 */
export function contestScale(record: { problem_idx?: string | number; source?: string }): number {
  return /putnam/i.test(`${record.problem_idx ?? ''} ${record.source ?? ''}`) ? 10 : 7;
}
