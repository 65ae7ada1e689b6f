import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/findings/parsers';
import { corpusPath } from '@/test/corpus-dir';
import { anchorQuote, prepareProof } from './index';

const REPORTS = corpusPath('verifier-reports', 'grok-4.jsonl');
const corpusPresent = existsSync(REPORTS);

type ReportRow = { problem: string; proof: string; report: string };
const readReports = (): ReportRow[] =>
  readFileSync(REPORTS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ReportRow);

/** Every report's findings anchored against a proof, counted by confidence. */
function tally(proofFor: (i: number) => string) {
  const counts = { exact: 0, confident: 0, approximate: 0, orphan: 0, none: 0, total: 0 };
  readReports().forEach((row, i) => {
    const prepared = prepareProof(proofFor(i));
    for (const f of parseReport(row.report).findings) {
      const anchor = anchorQuote(prepared, {
        quote: f.quote,
        lines: f.lines,
        context: f.description,
      });
      counts[anchor?.confidence ?? 'none']++;
      counts.total++;
    }
  });
  return counts;
}

describe.skipIf(!corpusPresent)(
  'grok-4 verifier reports (skipped: ../shared/corpus/verifier-reports absent)',
  () => {
    it('anchors at least 92% of findings exact or confident', () => {
      const c = tally((i) => readReports()[i].proof);
      expect(c.total).toBeGreaterThanOrEqual(516);
      expect((c.exact + c.confident) / c.total).toBeGreaterThanOrEqual(0.92);
    });

    it('never anchors a finding confidently in another problem’s proof', () => {
      const rows = readReports();
      const other = (i: number) => {
        for (let step = 1; step < rows.length; step++) {
          const row = rows[(i + step) % rows.length];
          if (row.problem !== rows[i].problem) return row.proof;
        }
        return '';
      };
      const c = tally(other);
      expect(c.exact + c.confident).toBe(0);
    });
  },
);
