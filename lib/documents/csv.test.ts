import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and round-trips through a CSV reader', () => {
    const rows = [
      ['a', 'with, comma', 7, null],
      ['line\nbreak', 'say "hi"', 0, 'x'],
    ];
    const csv = toCsv(['h1', 'h2', 'h3', 'h4'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(back).toEqual([
      ['h1', 'h2', 'h3', 'h4'],
      ['a', 'with, comma', '7', ''],
      ['line\nbreak', 'say "hi"', '0', 'x'],
    ]);
  });

  it('defuses spreadsheet formulas in text fields', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['-1'], [-1]])).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'-1\r\n-1\r\n',
    );
  });
});
