import { beforeAll, expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertRunRow } from '@/test/fixtures/db-rows';
import { finishedAutopilotsOnProblem } from './autopilot-runs';
import { listSessionModelCalls, recordModelCall } from './model-calls';
import {
  getPromptTexts,
  getSessionPromptText,
  listRunPrompts,
  messagesHash,
  recordRunPrompt,
} from './prompts';
import { sessionRunPrompts } from './run-prompt-summary';
import { createSession } from './sessions';
import { getVerificationSettings, saveVerificationSettings } from './verification-settings';

/** What a run records besides its events, the same on SQLite and on Postgres. */
const messages = [{ role: 'user' as const, content: 'Prove it.' }];

describeOnBothBackends('run records', () => {
  let sessionId = '';
  let runId = '';
  beforeAll(async () => {
    sessionId = await createSession({ problem: 'Show that n^2 >= 0.' });
    runId = await insertRunRow(sessionId, { kind: 'autopilot', params: { byParts: true } });
  });

  it('stores a prompt text once however often it is sent, and summarises it per run', async () => {
    const input = {
      runId,
      sessionId,
      roundId: null,
      role: 'generator',
      purpose: 'draft',
      setName: 'default',
      templateHash: 'h',
      parser: 'text',
      messages,
    };
    const hash = await recordRunPrompt(input);
    expect(await recordRunPrompt(input)).toBe(hash);
    await recordRunPrompt({ ...input, purpose: 'refine' });
    expect(hash).toBe(messagesHash(messages));
    expect((await listRunPrompts(runId)).map((p) => p.purpose).sort()).toEqual(['draft', 'refine']);
    expect(await getSessionPromptText(sessionId, hash)).toEqual(messages);
    expect(await getSessionPromptText('another-session', hash)).toBeNull();
    expect((await getPromptTexts([hash, hash])).get(hash)).toEqual(messages);
    expect((await sessionRunPrompts(sessionId)).get(runId)).toHaveLength(2);
  });

  it('records model calls with their usage', async () => {
    await recordModelCall({
      runId,
      sessionId,
      roundId: null,
      role: 'verifier',
      model: 'm',
      purpose: 'verify',
      status: 'succeeded',
      usage: {
        promptTokens: 10,
        completionTokens: 20,
        cachedPromptTokens: 0,
        reasoningTokens: null,
      },
      startedAt: 1,
      finishedAt: 2,
    });
    const [call] = await listSessionModelCalls(sessionId);
    expect(call).toMatchObject({ promptTokens: 10, completionTokens: 20, reasoningTokens: null });
  });

  it('finds finished autopilots on a problem, saying whether they went part by part', async () => {
    const found = await finishedAutopilotsOnProblem('Show that n^2 >= 0.');
    expect(found.map((r) => [r.id, r.byParts])).toEqual([[runId, true]]);
    expect(await finishedAutopilotsOnProblem('Another problem')).toEqual([]);
  });

  it('saves verification settings as a patch over the defaults (booleans both ways)', async () => {
    expect(await getVerificationSettings(sessionId)).toBeUndefined();
    await saveVerificationSettings(sessionId, { samples: 4, metaAuto: true });
    await saveVerificationSettings(sessionId, { minConfirmed: 2 });
    expect(await getVerificationSettings(sessionId)).toMatchObject({
      samples: 4,
      metaAuto: true,
      minConfirmed: 2,
    });
  });
});
