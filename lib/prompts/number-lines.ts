/**
 * Shows a proof to the verifier as numbered lines `L001| …`, so findings can cite lines
 * (BRIEF §4). The width grows with the proof so numbers stay aligned.
 */
export function numberLines(proof: string): string {
  const lines = proof.split(/\r?\n/);
  const width = Math.max(3, String(lines.length).length);
  return lines.map((line, i) => `L${String(i + 1).padStart(width, '0')}| ${line}`).join('\n');
}

/**
 * Some lines of a proof numbered as they stand in the whole proof (a part sent on its own):
 * `first` is the first line's number, the width the whole proof's, so a finding's `L012`
 * means line 12 of the proof.
 */
export function numberLinesFrom(lines: string[], first: number, totalLines: number): string {
  const width = Math.max(3, String(totalLines).length);
  return lines.map((line, i) => `L${String(first + i).padStart(width, '0')}| ${line}`).join('\n');
}
