import { describe, expect, it } from 'vitest';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { withTempDb } from '@/test/fixtures/temp-db';

/** A person's own first draft becomes the session's round 1, checked and then edited (real DB). */
withTempDb();

const detail = async (id: string) => (await import('@/lib/sessions/service')).sessionDetail(id);
const PASTED = 'Expanding, \\((a+b)^2 = a^2 + ab + b^2\\), so the claim follows.';

describe('writeRoundByHand', () => {
  it('stores the pasted proof as round 1 by hand, with the checker’s findings on it', async () => {
    const { createSession } = await import('@/lib/db');
    const { writeRoundByHand } = await import('./write-round');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const saved = await writeRoundByHand(id, PASTED);
    expect(saved).toMatchObject({ forked: true, index: 1 });
    const [round] = (await detail(id)).rounds;
    expect(round).toMatchObject({ id: saved.roundId, index: 1, origin: 'manual', proof: PASTED });
    // The false expansion, found on its line without any model.
    const checker = saved.findings.filter((f) => f.source === 'checker');
    expect(checker.map((f) => f.anchor?.startLine)).toEqual([1]);
    expect(checker[0].description).toMatch(/a = .*b = /);
  });

  it('the person’s next edits go on in that round; a second proof of theirs is round 2', async () => {
    const { createSession } = await import('@/lib/db');
    const { writeRoundByHand } = await import('./write-round');
    const { editRoundProof } = await import('./edit-round');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const first = await writeRoundByHand(id, 'First line.');
    const edited = await editRoundProof(first.roundId, 'First line.\nSecond line.');
    expect(edited).toMatchObject({ roundId: first.roundId, forked: false });
    const second = await writeRoundByHand(id, 'Another proof.');
    expect(second.index).toBe(2);
    expect((await detail(id)).rounds.map((r) => r.proof)).toEqual([
      'First line.\nSecond line.',
      'Another proof.',
    ]);
  });

  it('refuses a proof over the size limit and a session that does not exist, storing nothing', async () => {
    const { createSession } = await import('@/lib/db');
    const { writeRoundByHand } = await import('./write-round');
    const { MAX_PROOF_BYTES } = await import('@/lib/schemas');
    const id = await createSession({ problem: MOCK_PROBLEM });
    await expect(writeRoundByHand(id, 'x'.repeat(MAX_PROOF_BYTES + 1))).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    await expect(writeRoundByHand('no-such-session', 'A proof.')).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await detail(id)).rounds).toEqual([]);
  });
});
