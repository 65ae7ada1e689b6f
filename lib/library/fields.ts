import { parseRubricText, rubricFromValue } from '@/lib/grading/rubric-text';
import type { LineError, ProblemInput, Rubric } from '@/lib/schemas';

type Field = Exclude<keyof ProblemInput, 'rubric'>;

/** Columns that hold a structured rubric (text format or JSON); see `rubricOf`. */
const RUBRIC_NAMES = ['checkpoints', 'rubriccheckpoints', 'pointsrubric', 'rubricjson'];

/**
 * Column or key names that problem sets use for each field, compared after lower-casing and
 * dropping everything but letters and digits ("Grading guidelines" → "gradingguidelines").
 */
const ALIASES: Record<Field, string[]> = {
  key: ['problemid', 'id', 'problemidx', 'key', 'uid'],
  statement: ['problem', 'statement', 'question', 'problemstatement', 'prompt'],
  solution: ['solution', 'referencesolution', 'officialsolution'],
  guidelines: ['gradingguidelines', 'guidelines', 'rubric', 'gradingscheme', 'markingscheme'],
  shortAnswer: ['shortanswer', 'finalanswer', 'answer'],
  category: ['category', 'type', 'topic', 'subject'],
  level: ['level', 'difficulty'],
  source: ['source', 'competition', 'origin'],
};

export const normalizeName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which field each column (or key) holds; unknown columns map to nothing. */
export function fieldFor(name: string): Field | null {
  const n = normalizeName(name);
  for (const [field, names] of Object.entries(ALIASES) as [Field, string[]][]) {
    if (names.includes(n)) return field;
  }
  return null;
}

const asText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);

/** A record's own id as written ("PB-Basic-001"), to name it in an error; null without one. */
export function recordKey(record: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(record)) {
    if (fieldFor(name) !== 'key') continue;
    const key = asText(value).trim().slice(0, 200);
    if (key) return key;
  }
  return undefined;
}

/**
 * A structured rubric in a record: an object under `rubric`, a `rubric` text that is JSON,
 * or a `checkpoints` column (text format or JSON). A plain-prose `rubric` column stays the
 * grading guidelines, as sets have long used that name for them.
 */
function rubricOf(
  record: Record<string, unknown>,
): { rubric: Rubric; column: string } | string | null {
  for (const [name, value] of Object.entries(record)) {
    const n = normalizeName(name);
    const structured =
      (n === 'rubric' && typeof value === 'object' && value !== null) ||
      (n === 'rubric' && typeof value === 'string' && value.trim().startsWith('{')) ||
      (RUBRIC_NAMES.includes(n) && value !== null && value !== undefined && value !== '');
    if (!structured) continue;
    const parsed =
      typeof value === 'string' ? parseRubricText(value) : rubricFromValue(value as unknown);
    return parsed.rubric ? { rubric: parsed.rubric, column: name } : `the rubric: ${parsed.error}`;
  }
  return null;
}

/**
 * One record (CSV row or JSON object) → a problem, or an error message a person can act on.
 * A bare number as id ("3") is qualified by the source, so two sets numbered 1, 2, 3 … do not
 * overwrite each other on import.
 */
export function toProblemInput(record: Record<string, unknown>): ProblemInput | string {
  const out: Record<string, string> = {};
  const found = rubricOf(record);
  if (typeof found === 'string') return found;
  for (const [name, value] of Object.entries(record)) {
    const field = fieldFor(name);
    // A structured rubric is not the guidelines' prose.
    if (name === found?.column) continue;
    if (field && out[field] === undefined) out[field] = asText(value).trim();
  }
  if (!out.statement) return 'the problem statement is empty (expected a "Problem" column or key)';
  let key = out.key || undefined;
  if (key && /^\d+$/.test(key) && out.source) key = `${out.source} #${key}`;
  return {
    key: key?.slice(0, 200),
    statement: out.statement,
    solution: out.solution ?? '',
    guidelines: out.guidelines ?? '',
    shortAnswer: out.shortAnswer ?? '',
    category: (out.category ?? '').slice(0, 200),
    level: (out.level ?? '').slice(0, 200),
    source: (out.source ?? '').slice(0, 500),
    ...(found ? { rubric: found.rubric } : {}),
  };
}

/** A record read from a set: where it is (`line`, or `unit: 'item'` in a JSON list). */
export type ParsedProblem = { line: number; unit?: 'item'; problem: ProblemInput };

export type ParsedProblems = { problems: ParsedProblem[]; errors: LineError[] };

/** A record that could not be read, named by its place and, when it has one, its id. */
export function recordError(
  line: number,
  record: Record<string, unknown> | null,
  message: string,
  unit?: 'item',
): LineError {
  const key = record ? recordKey(record) : undefined;
  return { line, ...(unit ? { unit } : {}), ...(key ? { key } : {}), message };
}
