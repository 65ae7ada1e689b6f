import type { ServerResponse } from 'node:http';
import { pause } from './pacing';
import type { Scenario } from './scenario';
import type { StreamPlan } from './stream-plan';
import { type ResponseIdentity, usageFor } from './wire-format';

/**
 * A non-streamed chat completion built from the same plan as the stream (so `max_tokens`,
 * `length` and the reasoning field behave alike). `cut` drops the connection instead.
 */
export async function writeJson(
  res: ServerResponse,
  who: ResponseIdentity,
  plan: StreamPlan,
  scenario: Scenario,
  promptChars: number,
  gone: AbortSignal,
  markCut: () => void,
): Promise<'done' | 'cut' | 'gone'> {
  await pause(scenario.silenceMs, gone);
  if (gone.aborted) return 'gone';
  if (plan.cutAfter !== null) {
    markCut();
    res.socket?.destroy();
    return 'cut';
  }
  const content = plan.pieces
    .filter((p) => p.field === 'content')
    .map((p) => p.text)
    .join('');
  const reasoning = plan.pieces
    .filter((p) => p.field !== 'content' && p.field !== 'hidden')
    .map((p) => p.text)
    .join('');
  const field = plan.pieces.some((p) => p.field === 'reasoning')
    ? 'reasoning'
    : 'reasoning_content';
  const body = {
    id: who.id,
    object: 'chat.completion',
    created: who.created,
    model: who.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, ...(reasoning ? { [field]: reasoning } : {}) },
        finish_reason: plan.finishReason,
      },
    ],
    usage: usageFor(promptChars, plan.pieces),
  };
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
  return 'done';
}
