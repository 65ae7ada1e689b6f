import { describe, expect, it } from 'vitest';
import { OPENING_CHARS } from '@/lib/model/opening';
import type { RunEvent } from '@/lib/schemas';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { finishedRun, withModelAndDb } from '../test-support';

/**
 * Issue 12: every kind of run goes through the one engine. A single-request run records its
 * model call like any multi-step run, and stored findings reach the page as an event.
 */
const { ctx } = withModelAndDb('one-engine');

async function runToEnd(sessionId: string, kind: 'generate' | 'verify') {
  const { startRun } = await import('@/lib/runs');
  return finishedRun((await startRun(sessionId, { kind })).id);
}

async function eventsOf(runId: string): Promise<RunEvent[]> {
  const { listRunEvents } = await import('@/lib/db');
  return (await listRunEvents(runId, 0)).map((e) => e.event);
}

describe('the one run engine', () => {
  it('sends the stored findings of a verification as an event before the run ends', async () => {
    const { createSession, listSessionModelCalls } = await import('@/lib/db');
    const { sessionDetail } = await import('@/lib/sessions/service');
    const id = await createSession({ problem: MOCK_PROBLEM });
    expect((await runToEnd(id, 'generate')).status).toBe('succeeded');
    const verify = await runToEnd(id, 'verify');
    expect(verify.status).toBe('succeeded');

    const events = await eventsOf(verify.id);
    const found = events.filter((e) => e.type === 'findings');
    expect(found).toHaveLength(1);
    const [event] = found;
    const round = (await sessionDetail(id)).rounds[0];
    expect(round.findings.length).toBeGreaterThan(0);
    // The event carries exactly what the session view shows: ids, decisions, score.
    expect(event).toMatchObject({
      roundId: round.id,
      score: round.score,
      findings: round.findings,
    });
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'status', status: 'succeeded' });
    expect(events.indexOf(event)).toBeLessThan(events.length - 1);
    // The report streamed into the run's text as it came (the findings pane reads it live).
    expect(events.some((e) => e.type === 'text')).toBe(true);

    // Both single-request runs recorded their request, as every multi-step one does.
    const calls = await listSessionModelCalls(id);
    expect(calls.map((c) => c.purpose).sort()).toEqual(['generate', 'verify']);
    expect(ctx.mock).toBeDefined();
  });

  it('ends a draft run with the proof as stored in its round, and a verification without one', async () => {
    const { createSession } = await import('@/lib/db');
    const { sessionDetail } = await import('@/lib/sessions/service');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const generate = await runToEnd(id, 'generate');
    const round = (await sessionDetail(id)).rounds[0];
    expect(round.proof.length).toBeGreaterThan(0);
    // The round as the session lists it (the checker's findings included), for a page that
    // does not hold it yet.
    expect((await eventsOf(generate.id)).at(-1)).toEqual({
      type: 'status',
      status: 'succeeded',
      error: null,
      finishReason: 'stop',
      draft: {
        roundId: round.id,
        proof: round.proof,
        round: expect.objectContaining({
          id: round.id,
          index: round.index,
          origin: 'generate',
          proof: round.proof,
          findings: round.findings,
        }),
      },
    });
    expect(round.findings.some((f) => f.source === 'checker')).toBe(true);
    const verify = await runToEnd(id, 'verify');
    expect((await eventsOf(verify.id)).at(-1)).not.toHaveProperty('draft');
  });

  it('keeps the length-limit reason and the partial draft of a cut answer', async () => {
    const { createSession, getRun } = await import('@/lib/db');
    const { sessionDetail } = await import('@/lib/sessions/service');
    await fetch(`${ctx.mock.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ tps: 0, scenario: 'length' }),
    });
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await runToEnd(id, 'generate');
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/length limit/);
    expect((await getRun(run.id))?.finishReason).toBe('length');
    const [round] = (await sessionDetail(id)).rounds;
    expect(round.truncated).toBe(true);
    expect(round.proof.length).toBeGreaterThan(0);
  });

  it('sends the opening of a draft delta by delta, so the first word of the proof never waits for a tick', async () => {
    const { createSession } = await import('@/lib/db');
    // Unthrottled: every delta of the answer arrives within one tick of the first.
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await runToEnd(id, 'generate');
    const texts = (await eventsOf(run.id)).flatMap((e) => (e.type === 'text' ? [e.delta] : []));
    // The answer opens with its Solution heading; the words after it are events of their own.
    expect(texts.join('')).toMatch(/^#+\s*Solution/i);
    let sent = 0;
    let k = 0;
    for (; k < texts.length && sent < OPENING_CHARS - 6; k++) {
      // The scripted server's chunks are at most 6 characters: one chunk, one event.
      expect(texts[k].length).toBeLessThanOrEqual(6);
      sent += texts[k].length;
    }
    expect(sent).toBeGreaterThanOrEqual(OPENING_CHARS - 6);
    // Past the opening the tick gathers what arrived in it: far fewer events than chunks.
    const rest = texts.slice(k).join('').length;
    expect(texts.length - k).toBeLessThan(rest / 6 / 2);
  });
});
