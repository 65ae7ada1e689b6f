/**
 * Measures one finished search of `npm run bench:search` from what the engine persisted:
 * requests made, the lower bound any schedule could reach, and the engine's own timings.
 */
import { listCandidates, listSearchVerifications } from '@/lib/db';
import { searchLowerBound, type TimedCandidate } from '@/lib/search/lower-bound';

export type SearchMeasure = {
  requests: number;
  proofs: number;
  verifications: number;
  workMs: number;
  criticalPathMs: number;
  boundMs: number;
};

export async function measureSearch(searchId: string, concurrency: number): Promise<SearchMeasure> {
  const candidates = await listCandidates(searchId);
  const verifications = await listSearchVerifications(searchId);
  const timed: TimedCandidate[] = candidates.map((c) => ({
    id: c.id,
    parents: c.parents as string[],
    writeMs: c.finishedAt - c.startedAt,
    verifyMs: verifications
      .filter((v) => v.candidateId === c.id)
      .map((v) => v.finishedAt - v.startedAt),
  }));
  const bound = searchLowerBound(timed, concurrency);
  return {
    requests: candidates.length + verifications.length,
    proofs: candidates.length,
    verifications: verifications.length,
    ...bound,
  };
}

export function fmtS(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Prints rows as aligned columns, the first row being the header. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(`  ${r.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`);
}

/** Peak resident memory of this process so far, in MB (the kernel's high-water mark). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
