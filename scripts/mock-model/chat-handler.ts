import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildAnswer } from './answers';
import { classifyRequest, messageText, type RequestKind, type WireMessage } from './classify';
import type { ControlState } from './control-state';
import { readJsonBody, sendError } from './http-utils';
import { writeJson } from './json-response';
import { pause } from './pacing';
import { errorBody } from './profiles/error-shapes';
import { PROFILES, type WireProfile } from './profiles/wire-profiles';
import type { RequestLog } from './request-log';
import type { Scenario } from './scenario';
import { writeStream } from './sse-writer';
import { planStream } from './stream-plan';
import type { Taps } from './tap';
import { prepareVariation } from './variation';

type ChatBody = {
  model?: unknown;
  messages?: unknown;
  stream?: unknown;
  stream_options?: { include_usage?: unknown } | null;
  max_tokens?: unknown;
  max_completion_tokens?: unknown;
};

/** Writes an error in the served provider's own shape (OpenAI's by default). */
function sendShaped(
  res: ServerResponse,
  profile: WireProfile | null,
  status: number,
  message: string,
  code: string,
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(errorBody(profile?.errorShape ?? 'openai', status, message, code));
}

/** Faults that answer in the provider's error shape; true if one was sent. */
function sendProfileFault(
  res: ServerResponse,
  scenario: Scenario,
  profile: WireProfile | null,
  maxTokens: number | null,
): boolean {
  if (scenario.name === '402') {
    sendShaped(res, profile, 402, 'Insufficient Balance', 'invalid_request_error');
    return true;
  }
  if (scenario.name === 'overflow') {
    const limit = maxTokens ?? 32768;
    const message = `This model's maximum context length is 32768 tokens. However, you requested ${limit + 2000} tokens (2000 in the messages, ${limit} in the completion). Please reduce the length of the messages or completion.`;
    sendShaped(res, profile, 400, message, 'BadRequestError');
    return true;
  }
  if (scenario.name === 'json-200') {
    // xAI answers some stream requests with status 200 and a JSON error body.
    sendShaped(
      res,
      profile,
      200,
      'The service is currently unavailable (mock scenario json-200).',
      'unavailable',
    );
    return true;
  }
  return false;
}

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
  deps: { state: ControlState; log: RequestLog; taps?: Taps },
): Promise<void> {
  const body = (await readJsonBody(req)) as ChatBody;
  if (typeof body.model !== 'string' || !Array.isArray(body.messages)) {
    return sendError(res, 400, 'model (string) and messages (array) are required');
  }
  const messages = body.messages as WireMessage[];
  const kind = deps.state.classify(messages) ?? classifyRequest(messages);
  const scenario = deps.state.resolve(body.model, kind);
  if ('error' in scenario) {
    return sendError(res, 404, `The model \`${body.model}\` does not exist: ${scenario.error}.`);
  }
  const stream = body.stream === true;
  const profile = deps.state.profile ? PROFILES[deps.state.profile] : null;
  const { messages: _messages, model: _model, ...params } = body as Record<string, unknown>;
  const entry = deps.log.add({
    kind,
    model: body.model,
    scenario: scenario.name,
    stream,
    messages,
    params,
  });
  // A bench reader waiting on GET /__tap for this prompt gets a copy of everything below.
  deps.taps?.attach(res, messages.map(messageText).join('\n'));

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
  // What the provider honours as the output limit (DeepSeek ignores max_completion_tokens).
  const limitFields = profile?.limitFields ?? ['max_tokens', 'max_completion_tokens'];
  const raw = body as Record<string, unknown>;
  const limit = Number(limitFields.map((f) => raw[f]).find((v) => v !== undefined));
  const maxTokens = Number.isInteger(limit) && limit > 0 ? limit : null;
  const refusal = profile?.refuse(raw) ?? null;
  if (refusal) sendShaped(res, profile, refusal.status, refusal.message, refusal.code);
  if (
    refusal ||
    sendProfileFault(res, scenario, profile, maxTokens) ||
    sendScenarioError(res, scenario, deps.state, kind)
  ) {
    entry.status = res.statusCode;
    entry.completed = true;
    return;
  }

  const answer = varied.apply(buildAnswer(kind, messages, scenario));
  const plan = planStream(answer, scenario, kind, maxTokens, profile?.reasoning ?? null);
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
        profile,
        served: (counts) => {
          entry.served = counts;
        },
        gone: gone.signal,
        markCut,
        sent: (pieces) => deps.log.recordSend(entry.id, pieces),
      })
    : await writeJson(res, who, plan, scenario, promptChars, gone.signal, markCut);
  entry.completed = outcome === 'done';
}
