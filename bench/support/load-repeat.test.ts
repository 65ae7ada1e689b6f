import { afterEach, describe, expect, it, vi } from 'vitest';
import { judgeClasses, type LoadRunFigures, printRepeatSummary } from './load-repeat';

const run = (cpuShare: number, p95DelayMs = 20): LoadRunFigures => ({
  p95DelayMs,
  cpuShare,
  rssPeakMb: 260,
  cpuMs: cpuShare * 22_000,
  wallMs: 22_000,
  load: 1.2,
  intact: true,
});
const targets = { p95DelayMs: 50, cpuShare: 0.3, rssMb: 300 };

describe('bench:load --repeat', () => {
  afterEach(() => vi.restoreAllMocks());

  it('judges the targets on the median, not on the best or worst run', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    printRepeatSummary([run(0.36), run(0.29), run(0.28)], targets);
    const verdict = lines.find((l) => l.startsWith('median of 3 runs')) ?? '';
    expect(verdict).toContain('app CPU 29% of one core (28%–36%) ✔');
    printRepeatSummary([run(0.29), run(0.33), run(0.31)], targets);
    expect(lines.at(-1)).toContain('app CPU 31% of one core (29%–33%) ✘');
  });

  it('judges CPU on the last class on a server, delay and RSS on the worst, and shows the first', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const first = { ...run(0.35, 40), rssPeakMb: 250 };
    const second = { ...run(0.25, 15), rssPeakMb: 290 };
    const judged = judgeClasses([first, second], targets);
    expect(judged).toMatchObject({ cpuShare: 0.25, p95DelayMs: 40, rssPeakMb: 290 });
    expect(judged.firstClassCpuShare).toBe(0.35);
    expect(lines.at(-1)).toContain('app CPU 25% of one core in class 2 ✔');
    expect(lines.at(-1)).toContain('the first class after the start: 35%');
    expect(judgeClasses([first, { ...second, intact: false }], targets).intact).toBe(false);
    printRepeatSummary([judged, judged, { ...judged, cpuShare: 0.31 }], targets);
    expect(lines.at(-1)).toContain('app CPU 25% of one core (25%–31%) ✔');
    expect(lines.at(-1)).toContain('the first class after each start (not judged): app CPU 35%');
  });

  it('with one class the run is that class, with no first-class figure', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const only = run(0.33);
    expect(judgeClasses([only], targets)).toEqual(only);
  });
});
