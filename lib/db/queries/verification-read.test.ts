import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { conn } from '../conn';
import { createSession } from './sessions';
import { verificationsForRounds } from './verification-read';

/** A round's latest verification with its samples, the same on SQLite and on Postgres. */
describeOnBothBackends('verificationsForRounds', () => {
  it("reads each round's latest verification with its samples, wordings and support", async () => {
    const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    const { db, t } = await conn();
    const at = { createdAt: 1, updatedAt: 1 };
    await db
      .insert(t.rounds)
      .values({ id: 'r', sessionId, index: 0, origin: 'draft', proof: 'p', ...at });
    await db.insert(t.findings).values({
      id: 'f',
      roundId: 'r',
      position: 0,
      severity: 'minor',
      quote: 'q',
      description: 'd',
      suggestion: 's',
      ...at,
    });
    await db.insert(t.verifications).values([
      { id: 'old', roundId: 'r', sampleCount: 1, createdAt: 1 },
      { id: 'new', roundId: 'r', sampleCount: 2, createdAt: 2 },
    ]);
    await db.insert(t.verificationSamples).values([
      {
        id: 's1',
        verificationId: 'new',
        idx: 1,
        status: 'succeeded',
        score: 0.5,
        usage: { promptTokens: 3 },
      },
      { id: 's0', verificationId: 'new', idx: 0, status: 'succeeded', score: 1 },
      { id: 'so', verificationId: 'old', idx: 0, status: 'failed' },
    ]);
    await db.insert(t.sampleFindings).values({
      id: 'w',
      sampleId: 's1',
      findingId: 'f',
      position: 0,
      severity: 'minor',
      quote: 'q',
      description: 'd',
      suggestion: 's',
    });
    await db
      .insert(t.findingSupport)
      .values({ findingId: 'f', verificationId: 'new', foundBy: 1, sampleCount: 2 });
    const [read] = await verificationsForRounds(['r', 'no-such-round']);
    expect(read.verification.id).toBe('new');
    expect(read.samples.map((s) => [s.id, s.score, s.usage])).toEqual([
      ['s0', 1, null],
      ['s1', 0.5, { promptTokens: 3 }],
    ]);
    expect(read.wordings.map((w) => w.id)).toEqual(['w']);
    expect(read.support).toEqual([
      { findingId: 'f', verificationId: 'new', foundBy: 1, sampleCount: 2 },
    ]);
    expect(await verificationsForRounds([])).toEqual([]);
  });
});
