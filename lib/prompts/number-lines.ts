/**
 * Shows a proof to the verifier as numbered lines `L001| …`, so findings can cite lines
 * (BRIEF §4). The width grows with the proof so numbers stay aligned.
 */
export function numberLines(proof: string): string {
  const lines = proof.split(/\r?\n/);
  const width = Math.max(3, String(lines.length).length);
  return lines.map((line, i) => `L${String(i + 1).padStart(width, '0')}| ${line}`).join('\n');
}
