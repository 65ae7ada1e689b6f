import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { parseProblemCsv } from './parse-csv';

const CORPUS = corpusPath('imo-proofbench', 'proofbench_v2.csv');

describe('parseProblemCsv', () => {
  it('finds columns by header name, in any order, with quoted commas, quotes and line breaks', async () => {
    const csv = [
      'Source,Level,Problem,Problem ID,Grading guidelines,Solution',
      'IMO 2000,easy,"Show that $a, b$ are ""nice"".\nSecond line.",X-1,"(Partial)\n 1. Tried.","By magic,\nobviously."',
      'Folklore,,Prove $1+1=2$.,X-2,,',
    ].join('\n');
    const { problems, errors } = await parseProblemCsv(csv);
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

  it('reports rows without a statement by the line they start on and keeps the rest', async () => {
    const csv = 'Problem ID,Problem\r\nA,"one\r\ntwo"\r\nB,\r\nC,three\r\n';
    const { problems, errors } = await parseProblemCsv(csv);
    expect(problems.map((p) => p.problem.key)).toEqual(['A', 'C']);
    expect(errors).toEqual([
      { line: 4, key: 'B', message: expect.stringContaining('statement is empty') },
    ]);
  });

  it('refuses a file without a problem column, naming what it found', async () => {
    const { problems, errors } = await parseProblemCsv('id,text\n1,hello\n');
    expect(problems).toEqual([]);
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('id, text') });
  });

  it('ignores a byte-order mark and blank lines', async () => {
    const { problems } = await parseProblemCsv('\uFEFFProblem\n\nFirst\n\n\nSecond\n');
    expect(problems.map((p) => [p.line, p.problem.statement])).toEqual([
      [3, 'First'],
      [6, 'Second'],
    ]);
  });

  it('reports a malformed quoted field', async () => {
    const { errors } = await parseProblemCsv('Problem,Source\n"ok",x\n"broken"oops,y\n');
    expect(errors.some((e) => e.message.startsWith('malformed CSV'))).toBe(true);
  });

  it('reads the same records on the same lines when paused after every row (sliced parsing)', async () => {
    const csv = [
      '\uFEFFProblem ID,Problem,Solution',
      'A,"one\r\ntwo, ""quoted""",s',
      '',
      'B,,',
      '"C",three,"multi',
      'line',
      'solution"',
      'D,four,',
      '"broken"oops,y,z',
    ].join('\r\n');
    const whole = await parseProblemCsv(csv, Number.POSITIVE_INFINITY);
    const sliced = await parseProblemCsv(csv, 0);
    expect(sliced).toEqual(whole);
    expect(sliced.problems.map((p) => [p.line, p.problem.key])).toEqual([
      [2, 'A'],
      [6, 'C'],
      [9, 'D'],
    ]);
    expect(sliced.errors.map((e) => e.line)).toEqual([5, 10]);
  });

  it('yields to the event loop while it parses', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `P-${i},"Statement ${i}\nline two"`);
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const parsing = parseProblemCsv(['Problem ID,Problem', ...rows].join('\n'), 0);
    const startTurns = turns;
    const { problems } = await parsing;
    spinning = false;
    expect(problems).toHaveLength(300);
    expect(problems[299].line).toBe(600);
    // Other work ran between the rows: the parser paused and let the event loop turn.
    expect(turns - startTurns).toBeGreaterThan(100);
  });

  it.skipIf(!fs.existsSync(CORPUS))(
    'reads all 60 IMO-ProofBench problems (skips without ../shared/corpus)',
    async () => {
      const text = fs.readFileSync(CORPUS, 'utf8');
      const { problems, errors } = await parseProblemCsv(text);
      expect(errors).toEqual([]);
      expect(await parseProblemCsv(text, 0)).toEqual({ problems, errors });
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
