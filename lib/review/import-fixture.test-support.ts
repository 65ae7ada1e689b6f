/** A JSONL file of `n` review records, each a proof with a verifier's report on it. */
export function reviewRecords(n: number, bad?: { line: number; text: string }): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const proof = [
      `Let n = ${i} + 2k with k an integer.`,
      `Then n^2 = ${i * i} + ${4 * i}k + 4k^2, which has the parity of ${i * i}.`,
      'Hence the claim.',
    ].join('\n');
    const report = `### Issues\n[ISSUE 1]\nSeverity: gap\nLines: L2\nQuote: "which has the parity of ${i * i}"\nDescription: Why?\nSuggested fix: Say why.\n\n### Score\n\\boxed{0.5}`;
    lines.push(
      bad?.line === i
        ? bad.text
        : JSON.stringify({
            id: `r${i}`,
            problem: `Show the parity of (${i} + 2k)^2.`,
            proof,
            report,
          }),
    );
  }
  return lines.join('\n');
}
