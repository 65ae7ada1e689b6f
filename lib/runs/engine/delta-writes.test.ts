import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLongAnswer, buildLongReasoning } from '@/scripts/mock-model/long-proof';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { finishedRun, withModelAndDb } from '../test-support';

/**
 * Issue 11: a streaming run writes what arrived, not the whole text again every batch.
 * Measured on the real SQLite file: with automatic checkpoints off, the WAL holds every page
 * the run wrote, so its size is the bytes the run cost the disk (before one checkpoint).
 */
const { ctx, control } = withModelAndDb('delta-writes');

const REASONING_CHARS = 300_000;
const WORDS = 300;

describe('streaming writes', () => {
  it('cost a few bytes per character streamed, and every read still gives the whole text', async () => {
    const { createSession, getRun, listRunEvents } = await import('@/lib/db');
    const { getDb } = await import('@/lib/db/client');
    const { foldRunText } = await import('@/lib/db/queries/run-text');
    const { startRun } = await import('@/lib/runs');
    const sqlite = getDb().$client;
    sqlite.pragma('wal_autocheckpoint = 0');
    await control({
      scenario: 'long',
      words: WORDS,
      reasoningChars: REASONING_CHARS,
      chunkChars: 60,
      tps: 1000,
    });
    const id = await createSession({ problem: MOCK_PROBLEM });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const run = await startRun(id, { kind: 'generate' });

    // Mid-run, a reader of the database (a reload, a crash recovery) gets what streamed so far.
    const sent = { reasoning: buildLongReasoning(REASONING_CHARS), text: buildLongAnswer(WORDS) };
    let midRun = 0;
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const r = await getRun(run.id);
      if (r?.status !== 'running') break;
      if (r.reasoning.length > 0 && r.reasoning.length < REASONING_CHARS) {
        expect(sent.reasoning.startsWith(r.reasoning)).toBe(true);
        midRun += 1;
      }
    }
    expect(midRun).toBeGreaterThan(0);

    const done = await finishedRun(run.id);
    expect(done.status).toBe('succeeded');
    expect(done.reasoning).toBe(sent.reasoning);
    expect(done.text).toBe(sent.text);
    const events = await listRunEvents(run.id, 0);
    expect(foldRunText(events.map((e) => e.event))).toEqual(sent);

    const wal = fs.statSync(`${ctx.dir}/test.db-wal`).size;
    const perChar = wal / (sent.reasoning.length + sent.text.length);
    // Rewriting the whole text every 250 ms costs tens of bytes per character here.
    expect(perChar).toBeLessThan(4);
    sqlite.pragma('wal_autocheckpoint = 1000');
  });
});
