/**
 * A person's finding can be reworded or deleted until the next Refine: once a refined round
 * was made from its round, the model has read it. The server checks the same rule
 * (`refinedFrom` in lib/db); the browser uses this to offer Edit and Delete only while true.
 */
export function refinedInto(
  rounds: { id: string; index: number; origin: string; parentRoundId: string | null }[],
  roundId: string,
): number | null {
  return rounds.find((r) => r.parentRoundId === roundId && r.origin === 'refine')?.index ?? null;
}
