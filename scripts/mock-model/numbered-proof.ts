/** The proof under review, read back from the `Lnnn| ` lines of a verification request. */
export type NumberedProof = { numbers: number[]; lines: string[] };

export function readNumberedProof(text: string): NumberedProof {
  const proof: NumberedProof = { numbers: [], lines: [] };
  for (const line of text.split(/\r?\n/)) {
    const m = /^L(\d+)\| ?(.*)$/.exec(line);
    if (!m) continue;
    proof.numbers.push(Number(m[1]));
    proof.lines.push(m[2]);
  }
  return proof;
}

/** 1-based number of the first line containing `needle`, or null. */
export function lineOf(proof: NumberedProof, needle: string): number | null {
  const i = proof.lines.findIndex((line) => line.includes(needle.trim()));
  return i < 0 ? null : proof.numbers[i];
}

/** The proof text with the prefixes stripped. */
export function plainProof(proof: NumberedProof): string {
  return proof.lines.join('\n');
}
