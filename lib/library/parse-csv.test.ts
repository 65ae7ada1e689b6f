import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblemCsv } from './parse-csv';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/imo-proofbench/proofbench_v2.csv');

describe('parseProblemCsv', () => {
  it('finds columns by header name, in any order, with quoted commas, quotes and line breaks', () => {
    const csv = [
      'Source,Level,Problem,Problem ID,Grading guidelines,Solution',
      'IMO 2000,easy,"Show that $a, b$ are ""nice"".\nSecond line.",X-1,"(Partial)\n 1. Tried.","By magic,\nobviously."',
      'Folklore,,Prove $1+1=2$.,X-2,,',
    ].join('\n');
    const { problems, errors } = parseProblemCsv(csv);
    expect(errors).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({
      line: 2,
      problem: {
        key: 'X-1',
        statement: 'Show that $a, b$ are "nice".\nSecond line.',
        solution: 'By magic,\nobviously.',
        guidelines: '(Partial)\n 1. Tried.',
        source: 'IMO 2000',
        level: 'easy',
      },
    });
    // The second record starts on line 6: the first one spans lines 2-5.
    expect(problems[1].line).toBe(6);
  });

  it('reports rows without a statement by the line they start on and keeps the rest', () => {
    const csv = 'Problem ID,Problem\r\nA,"one\r\ntwo"\r\nB,\r\nC,three\r\n';
    const { problems, errors } = parseProblemCsv(csv);
    expect(problems.map((p) => p.problem.key)).toEqual(['A', 'C']);
    expect(errors).toEqual([{ line: 4, message: expect.stringContaining('statement is empty') }]);
  });

  it('refuses a file without a problem column, naming what it found', () => {
    const { problems, errors } = parseProblemCsv('id,text\n1,hello\n');
    expect(problems).toEqual([]);
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('id, text') });
  });

  it('ignores a byte-order mark and blank lines', () => {
    const { problems } = parseProblemCsv('\uFEFFProblem\n\nFirst\n\n\nSecond\n');
    expect(problems.map((p) => [p.line, p.problem.statement])).toEqual([
      [3, 'First'],
      [6, 'Second'],
    ]);
  });

  it('reports a malformed quoted field', () => {
    const { errors } = parseProblemCsv('Problem,Source\n"ok",x\n"broken"oops,y\n');
    expect(errors.some((e) => e.message.startsWith('malformed CSV'))).toBe(true);
  });

  it.skipIf(!fs.existsSync(CORPUS))(
    'reads all 60 IMO-ProofBench problems (skips without ../shared/corpus)',
    () => {
      const text = fs.readFileSync(CORPUS, 'utf8');
      const { problems, errors } = parseProblemCsv(text);
      expect(errors).toEqual([]);
      expect(problems).toHaveLength(60);
      const lines = text.split('\n');
      for (const { line, problem } of problems) {
        expect(lines[line - 1].startsWith(`${problem.key},`)).toBe(true);
        expect(problem.statement.length).toBeGreaterThan(20);
        expect(problem.guidelines).toContain('(Partial)');
      }
      expect(new Set(problems.map((p) => p.problem.category))).toEqual(
        new Set(['Algebra', 'Combinatorics', 'Geometry', 'Number theory']),
      );
    },
  );
});
