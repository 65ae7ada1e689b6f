import { describe, expect, it } from 'vitest';
import { finishedRun, withModelAndDb } from '@/lib/runs/test-support';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';

/** Editing a proof: in place until it is verified, then as a new round (real DB, mock model). */
withModelAndDb('edit');

async function run(sessionId: string, kind: 'generate' | 'verify') {
  const { startRun } = await import('@/lib/runs');
  return finishedRun((await startRun(sessionId, { kind })).id);
}

const detail = async (id: string) => (await import('@/lib/sessions/service')).sessionDetail(id);

describe('editRoundProof', () => {
  it('an edit typed over a text another tab replaced becomes a new round, and says so', async () => {
    const { createSession } = await import('@/lib/db');
    const { editRoundProof } = await import('./edit-round');
    const { textFingerprint } = await import('./text-fingerprint');
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    const r1 = (await detail(id)).rounds[0];
    const loaded = textFingerprint(r1.proof);

    // Tab A saves over the text both tabs loaded: in place.
    const a = `${r1.proof}\nTab A's line.`;
    expect(await editRoundProof(r1.id, a, [], loaded)).toMatchObject({
      roundId: r1.id,
      forked: false,
    });
    // Tab B typed over the same loaded text: its save does not erase A's line.
    const b = `${r1.proof}\nTab B's line.`;
    const saved = await editRoundProof(r1.id, b, [], loaded);
    expect(saved).toMatchObject({ forked: true, conflict: true });
    const rounds = (await detail(id)).rounds;
    expect(rounds.map((r) => r.proof)).toEqual([a, b]);
    expect(rounds[1]).toMatchObject({ id: saved.roundId, origin: 'manual', parentRoundId: r1.id });
    // B's next save names the text it saved last: it goes on in its own round, in place.
    const b2 = `${b}\nAnd more.`;
    expect(await editRoundProof(saved.roundId, b2, [], textFingerprint(b))).toMatchObject({
      roundId: saved.roundId,
      forked: false,
    });
    // A save that names no base (the API, a script) replaces the text, as before.
    expect(await editRoundProof(r1.id, `${a}\nScripted.`)).toMatchObject({ forked: false });
    expect((await detail(id)).rounds.map((r) => r.proof)).toEqual([`${a}\nScripted.`, b2]);
  });

  it('edits an unverified round in place, and forks a verified one', async () => {
    const { createSession } = await import('@/lib/db');
    const { editRoundProof } = await import('./edit-round');
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    const r1 = (await detail(id)).rounds[0];

    const draftEdit = `${r1.proof}\nA line typed before verifying.`;
    expect(await editRoundProof(r1.id, draftEdit)).toMatchObject({ roundId: r1.id, forked: false });
    expect((await detail(id)).rounds).toHaveLength(1);

    await run(id, 'verify');
    const verified = (await detail(id)).rounds[0];
    expect(verified.score).not.toBeNull();
    const open = verified.findings.length;
    expect(open).toBeGreaterThan(0);
    // The verifier's findings are carried; the checker's (the draft's termwise bound is false)
    // are computed again for the new round.
    const fromVerifier = verified.findings.filter((f) => f.source !== 'checker');
    const { setDecision } = await import('@/lib/db');
    await setDecision(fromVerifier[0].id, 'overridden', 'This step is fine: see L3.');

    const edited = `${draftEdit}\nA line typed after verifying.`;
    const result = await editRoundProof(r1.id, edited);
    expect(result.forked).toBe(true);
    const rounds = (await detail(id)).rounds;
    expect(rounds).toHaveLength(2);
    // The answer carries the findings as stored with the new text, places included.
    expect(result.findings).toEqual(rounds[1].findings);
    // The verified round keeps the text its score belongs to.
    expect(rounds[0].proof).toBe(draftEdit);
    expect(rounds[0].score).toBe(verified.score);
    expect(rounds[1]).toMatchObject({
      id: result.roundId,
      origin: 'manual',
      parentRoundId: r1.id,
      proof: edited,
      score: null,
    });
    // The findings come along, linked to the ones they continue, with the person's decisions.
    expect(rounds[1].findings.length).toBe(open);
    const carriedAll = rounds[1].findings.filter((f) => f.source !== 'checker');
    expect(carriedAll).toHaveLength(fromVerifier.length);
    expect(carriedAll.every((f) => f.carriedFromId)).toBe(true);
    const carried = rounds[1].findings.find((f) => f.carriedFromId === fromVerifier[0].id);
    expect(carried).toMatchObject({ decision: 'overridden', note: 'This step is fine: see L3.' });

    // Two saves of the verified round at once make one new round, not two.
    const again = await Promise.all([
      editRoundProof(r1.id, `${edited}\nmore`),
      editRoundProof(r1.id, `${edited}\nmore`),
    ]);
    expect(new Set(again.map((r) => r.roundId)).size).toBe(1);
    expect((await detail(id)).rounds).toHaveLength(3);
  });

  /** A verified round, one of its anchored verifier findings, and the proof without its lines. */
  async function verifiedWithPassageDeleted() {
    const { createSession } = await import('@/lib/db');
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    await run(id, 'verify');
    const r1 = (await detail(id)).rounds[0];
    const target = r1.findings.find((f) => f.source !== 'checker' && f.anchor);
    if (!target?.anchor) throw new Error('the scripted report anchors a finding');
    const lines = r1.proof.split('\n');
    const { startLine, endLine } = target.anchor;
    const deleted = [...lines.slice(0, startLine - 1), ...lines.slice(endLine)].join('\n');
    return { id, r1, target, startLine, deleted };
  }

  it('a fork whose first save already deleted a finding’s passage keeps the finding the editor showed, outdated, with its decision', async () => {
    const { setDecision } = await import('@/lib/db');
    const { editRoundProof } = await import('./edit-round');
    const { id, r1, target, startLine, deleted } = await verifiedWithPassageDeleted();
    await setDecision(target.id, 'accepted', 'Fix this.');
    // Where the editor shows it: its range collapsed where the line was, outdated.
    const at = deleted
      .split('\n')
      .slice(0, startLine - 1)
      .join('\n').length;
    const shown = {
      findingId: target.id,
      startLine,
      endLine: startLine,
      startOffset: at,
      endOffset: at,
    };
    const fork = await editRoundProof(r1.id, deleted, [{ ...shown, status: 'outdated' }]);
    expect(fork.forked).toBe(true);
    const kept = (await detail(id)).rounds[1].findings.find((f) => f.carriedFromId === target.id);
    expect(kept).toMatchObject({ decision: 'accepted', note: 'Fix this.' });
    // Outdated, not a "quote not found" guess: the editor offers to re-anchor it, and a
    // reload still knows what its passage said.
    expect(kept?.anchor).toMatchObject({
      startLine,
      status: 'outdated',
      confidence: target.anchor?.confidence,
      text: target.anchor?.text ?? target.quote,
    });

    // Saved through the API with no editor (no places), the passage's finding stays behind:
    // the rewrite resolved it.
    const viaApi = await verifiedWithPassageDeleted();
    await editRoundProof(viaApi.r1.id, viaApi.deleted);
    const a2 = (await detail(viaApi.id)).rounds[1];
    expect(a2.findings.some((f) => f.carriedFromId === viaApi.target.id)).toBe(false);
  });

  it('a save without places for some findings carries them through the edit, so text and places agree', async () => {
    const { createSession } = await import('@/lib/db');
    const { editRoundProof } = await import('./edit-round');
    const id = await createSession({ problem: MOCK_PROBLEM });
    await run(id, 'generate');
    await run(id, 'verify');
    const r1 = (await detail(id)).rounds[0];
    // The first edit forks R2; the page has not loaded R2 yet when the next edit is saved,
    // so that save carries no places at all.
    const fork = await editRoundProof(r1.id, `Note: ${r1.proof}`);
    const r2 = (await detail(id)).rounds[1];
    const text = `One.\nTwo.\nThree.\n${r2.proof}`;
    await editRoundProof(fork.roundId, text);
    const stored = (await detail(id)).rounds[1];
    expect(stored.proof).toBe(text);
    for (const f of stored.findings) {
      const before = r2.findings.find((x) => x.id === f.id);
      if (!f.anchor || !before?.anchor || f.anchor.confidence === 'orphan') continue;
      expect(f.anchor.startLine).toBe(before.anchor.startLine + 3);
      expect(text.slice(f.anchor.startOffset, f.anchor.endOffset)).toBe(
        r2.proof.slice(before.anchor.startOffset, before.anchor.endOffset),
      );
    }
    expect(stored.findings.some((f) => f.anchor && f.anchor.confidence !== 'orphan')).toBe(true);
  });
});
