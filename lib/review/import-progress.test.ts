import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from './import-progress';

describe('import progress', () => {
  it('says how far, how fast and how long is left', () => {
    expect(progressLine('stored', 300, 1000, 2000)).toBe(
      'stored 300/1,000 records · 150 records/s · ETA 5 s',
    );
    expect(progressLine('analysed', 0, 10, 0)).toBe('analysed 0/10 records · 0 records/s · ETA —');
  });

  it('writes at most once a second, and always at the end', () => {
    let t = 0;
    const lines: string[] = [];
    const report = progressReporter(
      'stored',
      4,
      (l) => lines.push(l),
      () => t,
    );
    t = 500;
    report(1);
    t = 1000;
    report(2);
    t = 1200;
    report(3);
    t = 1300;
    report(4);
    expect(lines).toEqual([
      'stored 2/4 records · 2 records/s · ETA 1 s',
      'stored 4/4 records · 3 records/s · ETA 0 s',
    ]);
  });
});
