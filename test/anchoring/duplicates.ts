import { normalizeWithMap } from '@/lib/findings/anchor/normalize';

/** A passage written verbatim at two or more places of one proof. */
export type RepeatedPassage = { proof: number; text: string; at: number[] };

/** Shorter passages say too little to be quoted alone; longer ones rarely repeat. */
const MIN_NORMALIZED = 12;
const MAX_CHARS = 200;

/** Lines, sentences and inline formulas that come up twice: what proofs repeat. */
function repeatedUnits(proof: string): string[] {
  const lines = proof.split('\n').map((l) => l.trim());
  const sentences = lines.flatMap((l) => l.split(/(?<=[.!?;:])\s+/)).map((s) => s.trim());
  const formulas = [...proof.matchAll(/(?<!\\)\$[^$\n]+\$|\\\([\s\S]{1,150}?\\\)/g)].map(
    (m) => m[0],
  );
  const twice = new Set<string>();
  for (const units of [lines, sentences, formulas]) {
    const seen = new Set<string>();
    for (const unit of units) {
      if (seen.has(unit)) twice.add(unit);
      seen.add(unit);
    }
  }
  return [...twice];
}

function occurrences(text: string, unit: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + unit.length)) at.push(i);
  return at;
}

/** Every passage of each proof that occurs verbatim at least twice, found as a line, a sentence or an inline formula. */
export function repeatedPassages(proofs: string[]): RepeatedPassage[] {
  const found: RepeatedPassage[] = [];
  proofs.forEach((proof, index) => {
    for (const unit of repeatedUnits(proof)) {
      if (unit.length > MAX_CHARS) continue;
      if (normalizeWithMap(unit).text.trim().length < MIN_NORMALIZED) continue;
      const at = occurrences(proof, unit);
      if (at.length >= 2) found.push({ proof: index, text: unit, at });
    }
  });
  return found;
}
