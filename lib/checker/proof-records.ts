/** One proof to check, read from a JSONL record of any shape the corpus uses. */
export interface ProofRecord {
  id: string;
  proof: string;
  /** A person's grade when the record has one (DeepSeekMath-V2: `human_rating`). */
  humanRating?: number;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Reads `{id, proof}` records, DeepSeekMath-V2's `{problem_idx, model_prediction: {proof,
 * human_rating}}` and IMO25's `{id, proof, report}`. Lines that are none of these are
 * reported by line number, never guessed at.
 */
export function readProofRecords(jsonl: string): { records: ProofRecord[]; errors: string[] } {
  const records: ProofRecord[] = [];
  const errors: string[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`line ${index + 1}: not JSON`);
      return;
    }
    const r = (value ?? {}) as Record<string, unknown>;
    const prediction = (r.model_prediction ?? {}) as Record<string, unknown>;
    const proof = str(r.proof) ?? str(prediction.proof);
    if (proof === undefined) {
      errors.push(`line ${index + 1}: no proof field`);
      return;
    }
    const id = str(r.id) ?? str(r.problem_idx) ?? `line ${index + 1}`;
    const rating = prediction.human_rating;
    records.push({ id, proof, ...(typeof rating === 'number' ? { humanRating: rating } : {}) });
  });
  return { records, errors };
}
