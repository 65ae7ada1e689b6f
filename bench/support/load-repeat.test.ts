import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LoadRunFigures, printRepeatSummary } from './load-repeat';

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
});
