import type { CheckedRelation } from '../schemas/checker';
import { runChecker } from './run-checker';

/** For the checker's unit tests: the verdict on the relation written `text` in `proof`. */
export function verdictOf(proof: string, text: string): CheckedRelation {
  const relations = runChecker(proof).relations;
  const found = relations.find((r) => r.text === text);
  if (!found) throw new Error(`no relation “${text}” in ${relations.map((r) => r.text)}`);
  return found;
}
