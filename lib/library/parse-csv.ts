import Papa from 'papaparse';
import { fieldFor, type ParsedProblems, toProblemInput } from './fields';

/** 1-based line of a character offset, for offsets visited in increasing order. */
function lineCounter(text: string) {
  let offset = 0;
  let line = 1;
  return (to: number) => {
    for (; offset < to && offset < text.length; offset++) if (text[offset] === '\n') line++;
    return line;
  };
}

/**
 * A problem-set CSV (IMO-ProofBench: `Problem ID, Problem, Solution, Grading guidelines,
 * Category, Level, Short Answer, Source`) → problems. Columns are found by their header names;
 * quoted fields may hold commas, quotes and line breaks, so errors name the line the record
 * starts on, not its row number.
 */
export function parseProblemCsv(input: string): ParsedProblems {
  const text = input.replace(/^\uFEFF/, '');
  const out: ParsedProblems = { problems: [], errors: [] };
  const lineAt = lineCounter(text);
  let header: string[] | null = null;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (row) => {
      // The row began at the first non-blank character after the previous row's end.
      while (start < text.length && /\s/.test(text[start])) start++;
      const rowLine = lineAt(start);
      start = row.meta.cursor;
      const fatal = row.errors.find((e) => e.type === 'Quotes');
      if (fatal) {
        out.errors.push({ line: rowLine, message: `malformed CSV: ${fatal.message}` });
        return;
      }
      if (!header) {
        header = row.data.map((h) => h.trim());
        return;
      }
      const record: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name) record[name] = row.data[i] ?? '';
      });
      const parsed = toProblemInput(record);
      if (typeof parsed === 'string') out.errors.push({ line: rowLine, message: parsed });
      else out.problems.push({ line: rowLine, problem: parsed });
    },
  });
  const columns = (header ?? []) as string[];
  if (!columns.some((h) => fieldFor(h) === 'statement')) {
    return {
      problems: [],
      errors: [
        {
          line: 1,
          message: `no problem column in the header (found: ${columns.join(', ') || 'nothing'}); expected "Problem", "Statement" or "Question"`,
        },
      ],
    };
  }
  return out;
}
