import fs from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest } from '@playwright/test';
import { costOf } from '../lib/pricing/price-table';
import { WorkbenchPage } from './pages/workbench';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { twoRoundSession } from './support/rounds';

/**
 * Recorded-shape replay: for every provider profile, the scripted server serves that
 * provider's stream shape and refuses what it refuses (with its error shape), and Proofdesk,
 * configured as a user would (PROOFDESK_PROVIDER, PROOFDESK_MAX_TOKENS, PROOFDESK_TEMPERATURE,
 * PROOFDESK_PRICES), goes generate → verify → refine → verify without a refusal.
 */
const CASES = [
  { provider: 'openai', model: 'gpt-5.2', streamsReasoning: false, reportsReasoning: true },
  {
    provider: 'deepseek',
    model: 'deepseek-reasoner',
    streamsReasoning: true,
    reportsReasoning: true,
  },
  { provider: 'gemini', model: 'gemini-2.5-pro', streamsReasoning: true, reportsReasoning: true },
  { provider: 'xai', model: 'grok-4', streamsReasoning: false, reportsReasoning: true },
  { provider: 'vllm', model: 'deepseek-math-v2', streamsReasoning: true, reportsReasoning: false },
  { provider: 'sglang', model: 'deepseek-math-v2', streamsReasoning: true, reportsReasoning: true },
  { provider: 'llamacpp', model: 'qwen3-30b', streamsReasoning: true, reportsReasoning: false },
  { provider: 'ollama', model: 'gpt-oss:20b', streamsReasoning: true, reportsReasoning: false },
  { provider: 'lmstudio', model: 'qwen3-30b', streamsReasoning: true, reportsReasoning: false },
  {
    provider: 'openai-compatible',
    model: 'any-model',
    streamsReasoning: true,
    reportsReasoning: true,
  },
] as const;

const PRICE = { input: 1.25, cachedInput: 0.125, output: 10 };

type Served = { prompt: number; cached: number; answer: number; reasoning: number };
type Logged = { status: number; kind: string; served?: Served; params: Record<string, unknown> };
type Usage = {
  promptTokens: number;
  cachedPromptTokens?: number;
  completionTokens: number;
  reasoningTokens: number | null;
  model?: string;
  provider?: string;
};

for (const c of CASES) {
  test(`${c.provider}: generate → verify → refine with the provider's wire shape`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const pricesFile = path.join(E2E_DATA, `prices-${c.provider}.json`);
    fs.writeFileSync(pricesFile, JSON.stringify({ [c.model]: PRICE }));
    const app = new AppProcess(
      APP_PORT + 20,
      appEnv(path.join(E2E_DATA, `providers-${c.provider}.db`), {
        PROOFDESK_PROVIDER: c.provider,
        PROOFDESK_MODEL: c.model,
        PROOFDESK_MAX_TOKENS: '60000',
        PROOFDESK_TEMPERATURE: '0.7',
        PROOFDESK_PRICES: pricesFile,
      }),
    );
    await mock.reset();
    await mock.scenario('default', { tps: 0, profile: c.provider });
    await app.start();
    const request = await playwrightRequest.newContext({ baseURL: app.url });
    try {
      const { id } = await twoRoundSession(request);

      // Nothing was refused: every request got a 200 and streamed to the end.
      const log = (await mock.log()) as unknown as Logged[];
      expect(log.map((l) => l.status)).toEqual(log.map(() => 200));
      expect(log.length).toBeGreaterThanOrEqual(4);

      // Usage as the provider counts it, recorded per run with the model and provider.
      const session = await (await request.get(`/api/sessions/${id}`)).json();
      const generate = session.runs.find((r: { kind: string }) => r.kind === 'generate');
      const run = await (await request.get(`/api/runs/${generate.id}`)).json();
      const served = log.find((l) => l.kind === 'generation')?.served as Served;
      expect(run.usage as Usage).toMatchObject({
        promptTokens: served.prompt,
        cachedPromptTokens: served.cached,
        completionTokens: served.answer + served.reasoning,
        reasoningTokens: c.reportsReasoning ? served.reasoning : null,
        model: c.model,
        provider: c.provider,
      });
      expect(run.text).not.toMatch(/<\/?thought>|<\/?think>/);
      expect(run.reasoning.length > 0).toBe(c.streamsReasoning);

      // Cost: every request at the model's price, cached input at the cached price.
      const usage = await (await request.get(`/api/sessions/${id}/usage`)).json();
      const expected = log.reduce(
        (sum, l) =>
          sum +
          costOf(
            {
              prompt: (l.served as Served).prompt,
              cached: (l.served as Served).cached,
              completion: (l.served as Served).answer + (l.served as Served).reasoning,
            },
            PRICE,
          ),
        0,
      );
      expect(usage.priced).toBe(true);
      expect(usage.session.cost).toBeCloseTo(expected, 9);
      expect(usage.roles.map((r: { id: string }) => r.id).sort()).toEqual([
        'generator',
        'verifier',
      ]);

      // What a person sees: the proof without <thought>, reasoning apart where it streamed.
      const wb = new WorkbenchPage(page);
      await page.goto(`${app.url}/sessions/${id}`);
      await expect(wb.editor).toHaveAttribute('data-ready', 'true');
      await wb.roundTab(1).click();
      await expect.poll(() => wb.editorText()).toContain('holds termwise');
      expect(await wb.editorText()).not.toMatch(/<\/?thought>/);
      await expect(wb.reasoning).toBeInViewport();
      if (c.streamsReasoning)
        await expect(wb.reasoning).not.toContainText('No reasoning for this round.');
      else await expect(wb.reasoning).toContainText('No reasoning for this round.');
    } finally {
      await request.dispose();
      await app.kill();
    }
  });
}
