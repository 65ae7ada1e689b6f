import { type ParsedProblems, toProblemInput } from './fields';

function fromValue(value: unknown, line: number, out: ParsedProblems) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.errors.push({ line, message: 'expected an object with a "problem" field' });
    return;
  }
  const parsed = toProblemInput(value as Record<string, unknown>);
  if (typeof parsed === 'string') out.errors.push({ line, message: parsed });
  else out.problems.push({ line, problem: parsed });
}

/**
 * A JSON problem list (an array, or `{problems: [...]}`) or JSONL (one object per line).
 * For a JSON array, "line" is the item's 1-based position; for JSONL, the line number.
 */
export function parseProblemJson(text: string): ParsedProblems {
  const out: ParsedProblems = { problems: [], errors: [] };
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || /^\{\s*"problems"\s*:/.test(trimmed)) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      out.errors.push({ line: 1, message: `not valid JSON (${(err as Error).message})` });
      return out;
    }
    const list = Array.isArray(value) ? value : (value as { problems?: unknown }).problems;
    if (!Array.isArray(list)) {
      out.errors.push({ line: 1, message: '"problems" is not a list' });
      return out;
    }
    list.forEach((item, i) => {
      fromValue(item, i + 1, out);
    });
    return out;
  }
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.errors.push({ line: i + 1, message: `not valid JSON (${(err as Error).message})` });
      return;
    }
    fromValue(value, i + 1, out);
  });
  return out;
}

/** CSV or JSON? The declared type decides; without one, the first character does. */
export function problemSetKind(contentType: string | null, text: string): 'csv' | 'json' {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv')) return 'csv';
  if (type.includes('json')) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}
