import { describe, expect, it } from 'vitest';
import { listSessions } from '@/lib/db';
import type { ImportJob } from '@/lib/schemas';
import { withTempDb } from '@/test/fixtures/temp-db';
import { reviewRecords } from './import-fixture.test-support';
import { importJobStatus, startImportJob } from './import-jobs';

/** The web import as a job: progress while it runs, its result or its failure after. */
withTempDb();

async function untilEnded(id: string): Promise<{ seen: ImportJob[]; last: ImportJob }> {
  const seen: ImportJob[] = [];
  for (;;) {
    const job = importJobStatus(id);
    seen.push(job);
    if (job.state !== 'running') return { seen, last: job };
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('bulk import jobs', () => {
  it('reports records done of the total, a rate and an ETA, then the result', async () => {
    const job = startImportJob(reviewRecords(600), 'auto', false);
    expect(job.state).toBe('running');
    const { seen, last } = await untilEnded(job.id);
    const midway = seen.find((j) => j.done > 0 && j.done < 600);
    expect(midway?.total).toBe(600);
    expect(midway?.perSec).toBeGreaterThan(0);
    expect(midway?.etaSec).not.toBeNull();
    expect(last).toMatchObject({ state: 'done', done: 600, total: 600, etaSec: null, error: null });
    expect(last.result?.records.filter((r) => r.sessionId)).toHaveLength(600);
    expect((await listSessions({ limit: 1 })).total).toBe(600);
  });

  it('fails with a message that names the bad line, and stores nothing', async () => {
    const before = (await listSessions({ limit: 1 })).total;
    const text = reviewRecords(300, { line: 250, text: '{"id": "bad", "problem": "p"}' });
    const { last } = await untilEnded(startImportJob(text, 'auto', false).id);
    expect(last.state).toBe('failed');
    expect(last.error).toMatch(/Nothing was imported.*line 250 \(bad\): proof/);
    expect(last.result).toBeNull();
    expect((await listSessions({ limit: 1 })).total).toBe(before);
  });

  it('refuses at once a file whose first record is not JSON or not a record, starting no job', async () => {
    const before = (await listSessions({ limit: 1 })).total;
    for (const [text, why] of [
      ['{"problem": "p", "proof":', /line 1: .*JSON/i],
      ['{"problem": 5, "proof": []}', /line 1: /],
      // Blank lines (CRLF too) before it count: the message names the line a person sees.
      ['\r\n  \r\n{"problem": "p", "proof":', /line 3: .*JSON/i],
    ] as const) {
      expect(() => startImportJob(`${text}\n${reviewRecords(3)}`, 'auto', false)).toThrow(why);
    }
    // With "skip invalid lines" the rest goes in as a job.
    const { last } = await untilEnded(
      startImportJob(`{"problem": 5}\n${reviewRecords(3)}`, 'auto', true).id,
    );
    expect(last.state).toBe('done');
    expect((await listSessions({ limit: 1 })).total).toBe(before + 3);
  });

  it('says an unknown job is not found (the server restarted)', () => {
    expect(() => importJobStatus('nope')).toThrow(/not found/);
  });
});
