import { type APIRequestContext, expect } from '@playwright/test';
import { MOCK_PROBLEM } from '../../scripts/mock-model/proof-texts';
import { createSession, getSession } from './api';

const TERMINAL = ['succeeded', 'failed', 'stopped', 'interrupted'];

/** Starts a run through the API and waits until it ends; returns its final state. */
export async function runAndWait(
  request: APIRequestContext,
  sessionId: string,
  kind: string | { kind: string; roundId?: string; nodeId?: string },
  timeout = 120_000,
): Promise<{ id: string; status: string; error: string | null }> {
  const data = typeof kind === 'string' ? { kind } : kind;
  const res = await request.post(`/api/sessions/${sessionId}/runs`, { data });
  expect(res.status(), await res.text()).toBe(202);
  const { runId } = await res.json();
  let run = { id: runId, status: 'queued', error: null };
  await expect
    .poll(
      async () => {
        run = await (await request.get(`/api/runs/${runId}`)).json();
        return TERMINAL.includes(run.status);
      },
      { timeout, intervals: [100, 200, 300] },
    )
    .toBe(true);
  return run;
}

/**
 * A session worked through two rounds with the scripted model server: draft, verification
 * (3 findings, beside the checker's 2 on the draft), decisions (accept the critical one, override the gap with a note, dismiss the
 * minor one), refinement, and a passing verification of round 2.
 */
export async function twoRoundSession(request: APIRequestContext, problem = MOCK_PROBLEM) {
  const id = await createSession(request, problem);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
  const r1 = (await getSession(request, id)).rounds[0];
  const decide = async (severity: string, decision: string, note?: string) => {
    // The verifier's finding: the checker's two gaps on the draft's termwise bound stay pending.
    const f = r1.findings.find((x) => x.severity === severity && x.source !== 'checker');
    if (!f) throw new Error(`no ${severity} finding in round 1`);
    const res = await request.patch(`/api/findings/${f.id}`, { data: { decision, note } });
    expect(res.ok(), await res.text()).toBe(true);
  };
  await decide('critical', 'accepted');
  await decide('gap', 'overridden', 'This step is fine: the bound holds termwise after the shift.');
  await decide('minor', 'dismissed');
  expect((await runAndWait(request, id, 'refine')).status).toBe('succeeded');
  expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
  const session = await getSession(request, id);
  expect(session.rounds).toHaveLength(2);
  return { id, session };
}

/** A line of a proof with no markup or math, to look for in rendered text. */
export function plainLine(proof: string): string {
  const line = proof.split('\n').find((l) => l.trim().length > 12 && !/[$\\*_#`[\]<>|]/.test(l));
  if (!line) throw new Error('no plain line in this proof');
  return line.trim();
}
