import { describe, expect, it } from 'vitest';
import {
  createRound,
  createRun,
  createSession,
  dumpSession,
  getSessionPromptText,
  listRunPrompts,
  messagesHash,
  recordRunPrompt,
} from '@/lib/db';
import { toReadOnlyView } from '@/lib/proof-view/read-only-view';
import { withTempDb } from '@/test/fixtures/temp-db';
import { importSessionJson } from './import-session';

withTempDb();

const messages = [
  { role: 'system' as const, content: 'You referee proofs.' },
  { role: 'user' as const, content: 'Problem: P\n\nProof: Q' },
];

async function sessionWithPrompt() {
  const sessionId = await createSession({ problem: 'Prove P.', title: 'P' });
  const run = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'mock' });
  const round = await createRound({ sessionId, origin: 'generate', sourceRunId: run.id });
  const use = {
    runId: run.id,
    sessionId,
    roundId: round.id,
    role: 'generator',
    purpose: 'generate',
    setName: 'referee',
    templateHash: 'a'.repeat(64),
    parser: 'imo25',
    messages,
  };
  // Two requests with the same messages (samples): one record, one stored text.
  await recordRunPrompt(use);
  await recordRunPrompt(use);
  return { sessionId, runId: run.id };
}

describe('prompts recorded with a run', () => {
  it('stores the exact messages once, by their hash, and names the set and template', async () => {
    const { sessionId, runId } = await sessionWithPrompt();
    const rows = await listRunPrompts(runId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ setName: 'referee', templateHash: 'a'.repeat(64) });
    expect(rows[0].messagesHash).toBe(messagesHash(messages));
    expect(await getSessionPromptText(sessionId, rows[0].messagesHash)).toEqual(messages);
    // Another session cannot read it through its own id.
    const other = await createSession({ problem: 'Q' });
    expect(await getSessionPromptText(other, rows[0].messagesHash)).toBeNull();
  });

  it('goes into the JSON export and the read-only view, and comes back on import', async () => {
    const { sessionId } = await sessionWithPrompt();
    const data = await dumpSession(sessionId);
    expect(data?.prompts).toHaveLength(1);
    expect(data?.promptTexts?.[messagesHash(messages)]).toEqual(messages);
    if (!data) throw new Error('no export');
    expect(toReadOnlyView(data, 'P').rounds[0].prompt).toBe('referee@aaaaaaaa…');
    const copyId = await importSessionJson(JSON.parse(JSON.stringify(data)));
    const copy = await dumpSession(copyId);
    expect(copy?.prompts?.map((p) => [p.setName, p.purpose, p.parser, p.messagesHash])).toEqual([
      ['referee', 'generate', 'imo25', messagesHash(messages)],
    ]);
    expect(copy?.prompts?.[0].runId).toBe(copy?.runs[0].id);
  });

  it('refuses on import a text that does not match its hash', async () => {
    const { sessionId } = await sessionWithPrompt();
    const data = await dumpSession(sessionId);
    if (!data?.promptTexts) throw new Error('no export');
    const hash = messagesHash(messages);
    data.promptTexts[hash] = [{ role: 'user', content: 'planted' }];
    const copy = await dumpSession(await importSessionJson(JSON.parse(JSON.stringify(data))));
    expect(copy?.prompts).toEqual([]);
  });
});
