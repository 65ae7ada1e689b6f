import { byteLength, type LineError, MAX_PROBLEM_BYTES, recordLabel } from '@/lib/schemas';
import type { ParsedProblem, ParsedProblems } from './fields';

/** Where a parsed problem is, for messages: "line 3 (PB-3)", "item 2". */
export const placeOf = (p: ParsedProblem) =>
  recordLabel({ line: p.line, unit: p.unit, key: p.problem.key });

function errorFor(p: ParsedProblem, message: string): LineError {
  return {
    line: p.line,
    ...(p.unit ? { unit: p.unit } : {}),
    ...(p.problem.key ? { key: p.problem.key } : {}),
    message,
  };
}

/**
 * The checks a parsed set must pass before anything is stored: a statement no larger than a
 * typed one may be, and one record per id (a second record with the same id would silently
 * replace the first). Returns the records that pass and every error, in file order.
 */
export function checkProblemSet(parsed: ParsedProblems): {
  valid: ParsedProblem[];
  errors: LineError[];
} {
  const errors = [...parsed.errors];
  const valid: ParsedProblem[] = [];
  const firstWithKey = new Map<string, ParsedProblem>();
  for (const p of parsed.problems) {
    if (byteLength(p.problem.statement) > MAX_PROBLEM_BYTES) {
      errors.push(errorFor(p, 'the problem statement is larger than 200 kB'));
      continue;
    }
    const first = p.problem.key ? firstWithKey.get(p.problem.key) : undefined;
    if (first) {
      errors.push(errorFor(p, `the id is already used by ${placeOf(first)}`));
      continue;
    }
    if (p.problem.key) firstWithKey.set(p.problem.key, p);
    valid.push(p);
  }
  errors.sort((a, b) => a.line - b.line);
  return { valid, errors };
}

/** Why a set stored nothing: every invalid record, by place, with what is wrong. */
export function refusalMessage(errors: LineError[], valid: number): string {
  const shown = errors.slice(0, 5).map((e) => `${recordLabel(e)}: ${e.message}`);
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  const way = valid
    ? ` Fix ${errors.length === 1 ? 'it' : 'them'}, or import the ${valid} valid record${valid === 1 ? '' : 's'} only.`
    : ' No record is valid.';
  return `Nothing was imported: ${errors.length} record${errors.length === 1 ? ' is' : 's are'} invalid — ${shown.join('; ')}${more}.${way}`;
}
