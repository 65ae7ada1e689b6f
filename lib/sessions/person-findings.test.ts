import { describe, expect, it } from 'vitest';
import { finishedRun, withModelAndDb } from '@/lib/runs/test-support';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import type { LoggedRequest } from '@/scripts/mock-model/request-log';

/**
 * A person's findings and threads through the round loop, on a real database and the
 * scripted model server: added on a selection, kept by a new verification, sent to Refine,
 * carried into the refined round with their thread, then fixed.
 */
const { ctx } = withModelAndDb('person');

async function run(sessionId: string, kind: 'generate' | 'verify' | 'refine') {
  const { startRun } = await import('@/lib/runs');
  return finishedRun((await startRun(sessionId, { kind })).id);
}

const detail = async (id: string) => (await import('@/lib/sessions/service')).sessionDetail(id);
const service = () => import('./person-findings');

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('a person’s findings and threads', () => {
  it('are anchored exactly, kept by verification, sent to Refine and carried, then fixed', async () => {
    const { createSession } = await import('@/lib/db');
    const { addPersonFinding, patchFinding, deletePersonFinding, replyToFinding } = await service();
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    const r1 = (await detail(id)).rounds[0];
    const lines = r1.proof.split('\n');

    const mine = await addPersonFinding(r1.id, {
      startLine: 6,
      endLine: 7,
      severity: 'gap',
      category: 'Missing edge case',
      description: 'Why is each of a, b, c below 1?',
      suggestion: 'Say that the other two are positive.',
    });
    expect(mine).toMatchObject({
      source: 'person',
      category: 'Missing edge case',
      decision: 'accepted',
      quote: `${lines[5]}\n${lines[6]}`,
      anchor: { startLine: 6, endLine: 7, confidence: 'exact' },
      replies: [],
    });

    const outside = await rejection(
      addPersonFinding(r1.id, {
        startLine: 40,
        endLine: 41,
        severity: 'minor',
        description: 'x',
      }),
    );
    expect(outside.code).toBe('bad_request');
    expect(outside.message).toBe(
      `Lines 40–41 are outside the proof: the proof has ${lines.length} lines.`,
    );

    await run(id, 'verify');
    const verified = (await detail(id)).rounds[0];
    const kept = verified.findings.find((f) => f.id === mine.id);
    expect(kept?.source).toBe('person');
    expect(kept?.support ?? null).toBeNull();
    const verifiers = verified.findings.filter((f) => f.source === 'verifier');
    expect(verifiers.length).toBeGreaterThan(0);

    // A verifier's finding is decided, never reworded or deleted.
    const theirs = verifiers[0];
    expect((await rejection(patchFinding(theirs.id, { description: 'mine now' }))).code).toBe(
      'conflict',
    );
    expect((await rejection(deletePersonFinding(theirs.id))).code).toBe('conflict');

    // A reply can change the decision; the thread shows in the session.
    const reply = await replyToFinding(
      theirs.id,
      { text: 'Checked with the class: real.', decision: 'accepted' },
      null,
    );
    expect(reply).toMatchObject({ text: 'Checked with the class: real.', decision: 'accepted' });
    await replyToFinding(mine.id, { text: 'Line 6 is where it breaks.' }, 'reviewer ab12cd');
    const answered = (await detail(id)).rounds[0].findings;
    expect(answered.find((f) => f.id === theirs.id)?.decision).toBe('accepted');
    expect(answered.find((f) => f.id === mine.id)?.replies).toMatchObject([
      { text: 'Line 6 is where it breaks.', author: 'reviewer ab12cd', decision: null },
    ]);

    // The person rewords their finding before refining.
    const edited = await patchFinding(mine.id, {
      description: 'Why is each of a, b and c in (0, 1)?',
    });
    expect(edited.description).toBe('Why is each of a, b and c in (0, 1)?');
    expect(edited.category).toBe('Missing edge case');

    await run(id, 'refine');
    const log = (await (await fetch(`${ctx.mock.url}/__log`)).json()) as
      | LoggedRequest[]
      | { requests: LoggedRequest[] };
    const requests = Array.isArray(log) ? log : log.requests;
    const prompt = requests
      .filter((r) => r.kind === 'refinement')
      .at(-1)
      ?.messages.map((m) => m.content)
      .join('\n');
    expect(prompt).toContain(
      'Confirmed gap issue (Missing edge case), raised by the human reviewer:',
    );
    expect(prompt).toContain('Issue: Why is each of a, b and c in (0, 1)?');
    expect(prompt).toContain('Suggested fix: Say that the other two are positive.');
    expect(prompt).toContain('- Line 6 is where it breaks.');

    const [, r2] = (await detail(id)).rounds;
    const carried = r2.findings.find((f) => f.carriedFromId === mine.id);
    expect(carried).toMatchObject({ source: 'person', category: 'Missing edge case' });
    expect(carried?.replies.map((r) => r.text)).toEqual(['Line 6 is where it breaks.']);

    // Round 1's finding went to the model: fixed from now on; its copy in round 2 is not.
    const late = await rejection(patchFinding(mine.id, { description: 'too late' }));
    expect(late.code).toBe('conflict');
    expect(late.message).toMatch(/already refined into round 2/);
    expect((await rejection(deletePersonFinding(mine.id))).code).toBe('conflict');
    expect(
      (
        await rejection(
          addPersonFinding(r1.id, {
            startLine: 1,
            endLine: 1,
            severity: 'minor',
            description: 'x',
          }),
        )
      ).code,
    ).toBe('conflict');
    if (!carried) throw new Error('not carried');
    await deletePersonFinding(carried.id);
    expect((await detail(id)).rounds[1].findings.some((f) => f.id === carried.id)).toBe(false);
  });

  it('survive a new verification even when undecided, as does a verifier’s finding with a reply', async () => {
    const { createSession, setDecision } = await import('@/lib/db');
    const { addPersonFinding, replyToFinding } = await service();
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    const r1 = (await detail(id)).rounds[0];
    const mine = await addPersonFinding(r1.id, {
      startLine: 1,
      endLine: 1,
      severity: 'minor',
      description: 'Name s before using it.',
    });
    await setDecision(mine.id, 'pending');
    await run(id, 'verify');
    const first = (await detail(id)).rounds[0].findings.filter((f) => f.source === 'verifier');
    const answered = first[0];
    await replyToFinding(answered.id, { text: 'Is this real?' }, null);
    await run(id, 'verify');
    const again = (await detail(id)).rounds[0].findings;
    expect(again.find((f) => f.id === mine.id)?.decision).toBe('pending');
    expect(again.find((f) => f.id === answered.id)?.replies).toHaveLength(1);
    // The answered finding is the same issue the verifier raises again: not listed twice.
    expect(again.filter((f) => f.source === 'verifier')).toHaveLength(first.length);
  });
});
