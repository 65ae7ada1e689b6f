import Papa from 'papaparse';
import { SLICE_MS } from '@/lib/async/slices';
import { fieldFor, type ParsedProblems, recordError, toProblemInput } from './fields';

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
 *
 * A 5 MB set takes Papa Parse 100–250 ms on a loaded machine, so the parser is paused every
 * ~10 ms and resumed on the next turn of the event loop: live streams keep flowing. After a
 * resume Papa numbers offsets from where it paused, so `base` carries the absolute offset.
 * `sliceMs` is for tests (0 = pause after every row).
 */
export function parseProblemCsv(input: string, sliceMs = SLICE_MS): Promise<ParsedProblems> {
  const text = input.replace(/^\uFEFF/, '');
  const out: ParsedProblems = { problems: [], errors: [] };
  const lineAt = lineCounter(text);
  let header: string[] | null = null;
  let start = 0;
  let base = 0;
  let sliceStart = performance.now();
  const readRow = (row: Papa.ParseStepResult<string[]>) => {
    // The row began at the first non-blank character after the previous row's end.
    while (start < text.length && /\s/.test(text[start])) start++;
    const rowLine = lineAt(start);
    start = base + row.meta.cursor;
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
    if (typeof parsed === 'string') out.errors.push(recordError(rowLine, record, parsed));
    else out.problems.push({ line: rowLine, problem: parsed });
  };
  const finish = (): ParsedProblems => {
    const columns = (header ?? []) as string[];
    if (columns.some((h) => fieldFor(h) === 'statement')) return out;
    const found = columns.join(', ') || 'nothing';
    return {
      problems: [],
      errors: [
        {
          line: 1,
          message: `no problem column in the header (found: ${found}); expected "Problem", "Statement" or "Question"`,
        },
      ],
    };
  };
  return new Promise((resolve) => {
    Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      step: (row, parser) => {
        readRow(row);
        if (performance.now() - sliceStart < sliceMs) return;
        base = start;
        parser.pause();
        setImmediate(() => {
          sliceStart = performance.now();
          parser.resume();
        });
      },
      complete: () => resolve(finish()),
    });
  });
}
