import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/test/corpus-dir';
import { parseReport } from '.';

const FILE = corpusPath('verifier-reports', 'grok-4.jsonl');
type Row = { id: string; report: string };
const rows = (): Row[] =>
  readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

/**
 * Counted independently of the parser: the List of Findings runs from its heading to the
 * first line that is a heading, a bold-only title or a bare `**`/`###` (some logs are cut off).
 */
function countLocations(report: string): { inList: number; elsewhere: number; critical: number } {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.includes('List of Findings'));
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i].trim();
    if (
      /^#/.test(l) ||
      /^\*\*$/.test(l) ||
      (/^\*\*[^*]+\*\*:?$/.test(l) && !/Location|Issue/.test(l))
    ) {
      end = i;
      break;
    }
  }
  const list = lines.slice(start, end).join('\n');
  const count = (text: string, word: RegExp) => text.split(word).length - 1;
  return {
    inList: count(list, /Location:/),
    elsewhere: count(report, /Location:/) - count(list, /Location:/),
    critical: count(list, /Issue:\**\s*Critical Error/),
  };
}

const present = existsSync(FILE);
const title = present
  ? 'grok-4 IMO25 reports (../shared/corpus/verifier-reports)'
  : 'grok-4 IMO25 reports: SKIPPED, ../shared/corpus/verifier-reports/grok-4.jsonl not found';

describe.skipIf(!present)(title, () => {
  it('detects all 111 reports as imo25, with a score on each', () => {
    const reports = rows().map((r) => parseReport(r.report));
    expect(reports).toHaveLength(111);
    expect(reports.every((r) => r.format === 'imo25')).toBe(true);
    expect(reports.every((r) => r.score === 0 || r.score === 0.5 || r.score === 1)).toBe(true);
  });

  it('turns every Location: into a finding: 516 in the lists plus 1 only in a log = 517', () => {
    let inList = 0;
    let elsewhere = 0;
    let findings = 0;
    for (const { id, report } of rows()) {
      const counted = countLocations(report);
      const parsed = parseReport(report).findings;
      expect(parsed.length, id).toBe(counted.inList + counted.elsewhere);
      expect(parsed.filter((f) => f.severity === 'critical').length, id).toBe(counted.critical);
      for (const f of parsed) {
        expect(f.quote.length, id).toBeGreaterThan(0);
        expect(f.description.length, id).toBeGreaterThan(0);
        expect(f.quote, id).not.toMatch(/^\*\*|Location:|Issue:/);
      }
      inList += counted.inList;
      elsewhere += counted.elsewhere;
      findings += parsed.length;
    }
    expect([inList, elsewhere, findings]).toEqual([516, 1, 517]);
  });
});
