import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createSession, getSessionGrade, recordImportedSession, setGrade } from '@/lib/db';
import { withTempDb } from '@/test/fixtures/temp-db';
import { gradesCsv, gradesOverview, removeHumanGrade, setHumanGrade } from './service';

withTempDb();

describe('grades', () => {
  it('keeps the automatic and the human grade side by side', async () => {
    const s = await createSession({ problem: 'P1' });
    await setGrade(s, 'auto', { points: 1, text: 'Partial.', roundId: null, runId: 'r' });
    const g = await setHumanGrade(s, { points: 3, rationale: '  More than that.  ' });
    expect(g.auto).toMatchObject({ points: 1, reasons: 'Partial.' });
    expect(g.human).toMatchObject({ points: 3, rationale: 'More than that.' });
    await setGrade(s, 'auto', { points: 6, text: 'Regraded.', roundId: null, runId: 'r2' });
    expect((await getSessionGrade(s)).human?.points).toBe(3);
    expect((await removeHumanGrade(s)).human).toBeNull();
    await setHumanGrade(s, { points: 3, rationale: 'x' });
    await expect(setHumanGrade('missing', { points: 1, rationale: '' })).rejects.toThrow(
      /not found/,
    );
  });

  it('measures agreement over sessions with both grades and exports every grade as CSV', async () => {
    const t = await createSession({ problem: 'P2', title: '=cmd' });
    await setGrade(t, 'auto', { points: 7, text: 'ok, "fine"', roundId: null, runId: null });
    await setHumanGrade(t, { points: 7, rationale: 'yes' });
    const only = await createSession({ problem: 'P3' });
    await setGrade(only, 'auto', { points: 0, text: '', roundId: null, runId: null });
    const { rows, agreement } = await gradesOverview();
    expect(rows).toHaveLength(3);
    // (6 vs 3) and (7 vs 7): one exact, one within one point, mean difference 1.5.
    expect(agreement).toEqual({
      pairs: 2,
      exact: 0.5,
      withinOne: 0.5,
      meanAbsoluteDifference: 1.5,
    });
    const parsed = Papa.parse<Record<string, string>>((await gradesCsv()).trim(), {
      header: true,
    }).data;
    expect(parsed.map((r) => [r.title, r.auto_points, r.human_points, r.difference])).toEqual([
      ['P1', '6', '3', '3'],
      ["'=cmd", '7', '7', '0'],
      ['P3', '0', '', ''],
    ]);
    expect(parsed[1].auto_reasons).toBe('ok, "fine"');
  });

  it('narrows the set to one import batch', async () => {
    const a = await createSession({ problem: 'Batch A' });
    await recordImportedSession({ sessionId: a, batchId: 'batch-1', line: 1, externalId: 'A' });
    await setGrade(a, 'auto', { points: 6, text: '', roundId: null, runId: null });
    await setHumanGrade(a, { points: 7, rationale: '' });
    const { rows, agreement } = await gradesOverview({ batch: 'batch-1' });
    expect(rows.map((r) => r.title)).toEqual(['Batch A']);
    expect(agreement).toEqual({ pairs: 1, exact: 0, withinOne: 1, meanAbsoluteDifference: 1 });
    expect((await gradesCsv('batch-1')).trim().split('\r\n')).toHaveLength(2);
    expect((await gradesOverview({ batch: 'no-such-batch' })).rows).toEqual([]);
  });
});
