import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildAnswer } from './answers';
import { classifyRequest, messageText, type RequestKind, type WireMessage } from './classify';
import type { ControlState } from './control-state';
import { readJsonBody, sendError } from './http-utils';
import { writeJson } from './json-response';
import { pause } from './pacing';
import type { RequestLog } from './request-log';
import type { Scenario } from './scenario';
import { writeStream } from './sse-writer';
import { planStream } from './stream-plan';
import { prepareVariation } from './variation';

type ChatBody = {
  model?: unknown;
  messages?: unknown;
  stream?: unknown;
  stream_options?: { include_usage?: unknown } | null;
  max_tokens?: unknown;
  max_completion_tokens?: unknown;
};

/** Answers with an HTTP error when the scenario is one; true if it did. */
function sendScenarioError(
  res: ServerResponse,
  scenario: Scenario,
  state: ControlState,
  kind: RequestKind,
): boolean {
  if (kind === 'verification' && state.counters.failedSamples < scenario.failSamples) {
    state.counters.failedSamples++;
    sendError(res, 400, 'The mock verifier refused this sample (failSamples).');
    return true;
  }
  if (scenario.name === '429' && state.rateLimitedSoFar < scenario.failures) {
    state.rateLimitedSoFar++;
    sendError(
      res,
      429,
      'Rate limit reached for requests (mock scenario 429).',
      'rate_limit_error',
      {
        'Retry-After': String(scenario.retryAfter),
      },
    );
    return true;
  }
  if (scenario.name === '500') {
    sendError(
      res,
      500,
      'The mock model server had an internal error (scenario 500).',
      'server_error',
    );
    return true;
  }
  if (scenario.name === '401') {
    sendError(res, 401, 'Incorrect API key provided (mock scenario 401).');
    return true;
  }
  return false;
}

/** POST /v1/chat/completions: classify, pick the scenario, then stream or answer in one piece. */
export async function handleChat(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { state: ControlState; log: RequestLog },
): Promise<void> {
  const body = (await readJsonBody(req)) as ChatBody;
  if (typeof body.model !== 'string' || !Array.isArray(body.messages)) {
    return sendError(res, 400, 'model (string) and messages (array) are required');
  }
  const messages = body.messages as WireMessage[];
  const kind = classifyRequest(messages);
  const scenario = deps.state.resolve(body.model, kind);
  if ('error' in scenario) {
    return sendError(res, 404, `The model \`${body.model}\` does not exist: ${scenario.error}.`);
  }
  const stream = body.stream === true;
  const { messages: _messages, model: _model, ...params } = body as Record<string, unknown>;
  const entry = deps.log.add({
    kind,
    model: body.model,
    scenario: scenario.name,
    stream,
    messages,
    params,
  });

  let cutByServer = false;
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished && !cutByServer) {
      entry.closedByClient = true;
      entry.closedAt = new Date().toISOString();
    }
    gone.abort();
  });

  const varied = prepareVariation(kind, messages, scenario, deps.state.counters);
  await pause(varied.latencyMs + Math.random() * scenario.latencyJitter, gone.signal);
  if (gone.signal.aborted) return;
  if (sendScenarioError(res, scenario, deps.state, kind)) {
    entry.status = res.statusCode;
    entry.completed = true;
    return;
  }

  const limit = Number(body.max_tokens ?? body.max_completion_tokens);
  const maxTokens = Number.isInteger(limit) && limit > 0 ? limit : null;
  const answer = varied.apply(buildAnswer(kind, messages, scenario));
  const plan = planStream(answer, scenario, kind, maxTokens);
  const who = {
    id: `chatcmpl-mock-${entry.id}`,
    model: body.model,
    created: Math.floor(Date.now() / 1000),
  };
  const promptChars = messages.reduce((n, m) => n + messageText(m).length, 0);
  const markCut = () => {
    cutByServer = true;
  };
  entry.status = 200;
  const outcome = stream
    ? await writeStream({
        res,
        who,
        plan,
        scenario,
        includeUsage: body.stream_options?.include_usage === true,
        promptChars,
        gone: gone.signal,
        markCut,
      })
    : await writeJson(res, who, plan, scenario, promptChars, gone.signal, markCut);
  entry.completed = outcome === 'done';
}
