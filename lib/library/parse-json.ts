import { mapInSlices } from '@/lib/async/slices';
import { type ParsedProblems, recordError, toProblemInput } from './fields';

function fromValue(value: unknown, line: number, out: ParsedProblems, unit?: 'item') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.errors.push(recordError(line, null, 'expected an object with a "problem" field', unit));
    return;
  }
  const record = value as Record<string, unknown>;
  const parsed = toProblemInput(record);
  if (typeof parsed === 'string') out.errors.push(recordError(line, record, parsed, unit));
  else out.problems.push({ line, ...(unit ? { unit } : {}), problem: parsed });
}

/**
 * A JSON problem list (an array, or `{problems: [...]}`) or JSONL (one object per line).
 * For a JSON array, a record is named by its 1-based position ("item 3"); for JSONL, by its
 * line. JSONL lines are read in ~10 ms slices; a JSON list is one `JSON.parse` (about 30 ms
 * for the largest set accepted, 5 MB), its items then in slices.
 */
export async function parseProblemJson(text: string): Promise<ParsedProblems> {
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
    await mapInSlices(list, (item, i) => fromValue(item, i + 1, out, 'item'));
    return out;
  }
  await mapInSlices(text.split(/\r?\n/), (raw, i) => {
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
