import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { type FailureContext, toModelError } from './error-mapping';
import {
  describeNetworkFailure,
  endpointLabel,
  findErrorCode,
  withoutEndpoint,
} from './network-errors';
import { StopReason } from './watchdog';

const ctx: FailureContext = {
  baseURL: 'https://api.example.com/v1',
  apiKey: 'sk-secret-abcdef',
  stop: null,
  emitted: false,
  receivedChars: 0,
  endpointVar: 'PROOFDESK_VERIFIER_BASE_URL',
};

function apiError(status: number, body: unknown, headers: Record<string, string> = {}) {
  return APIError.generate(status, body as object, undefined, new Headers(headers));
}

describe('toModelError', () => {
  it('quotes the server message for HTTP errors and marks 5xx retryable', () => {
    const err = toModelError(apiError(503, { error: { message: 'overloaded' } }), ctx);
    expect(err).toMatchObject({ kind: 'http', status: 503, retryable: true });
    expect(err.message).toBe('Model server returned 503: overloaded');
    expect(toModelError(apiError(400, { error: { message: 'too long' } }), ctx).retryable).toBe(
      false,
    );
  });

  it('classifies 429 with its Retry-After', () => {
    const err = toModelError(
      apiError(429, { error: { message: 'slow down' } }, { 'retry-after': '3' }),
      ctx,
    );
    expect(err).toMatchObject({ kind: 'rate-limit', retryable: true, retryAfterMs: 3000 });
    expect(err.message).toContain('429');
  });

  it('never puts the API key into a message', () => {
    const err = toModelError(
      apiError(401, { error: { message: 'Incorrect API key provided: sk-secret-abcdef' } }),
      ctx,
    );
    expect(err.message).not.toContain('sk-secret-abcdef');
    expect(err.message).toContain('[redacted]');
  });

  it('names the variable that sets the endpoint, and the system error, for connection failures', () => {
    const cause = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNRESET'), { code: 'ECONNRESET' }),
    });
    const err = toModelError(new APIConnectionError({ cause }), ctx);
    expect(err.kind).toBe('network');
    expect(err.message).toBe(
      'The model server set in PROOFDESK_VERIFIER_BASE_URL closed the connection before sending any output (ECONNRESET).',
    );
  });

  it('never names the endpoint: its URL, host and addresses are taken out of every message', () => {
    const cause = Object.assign(new Error('getaddrinfo EBADNAME api.example.com'), {
      code: 'EBADNAME',
    });
    const network = toModelError(new APIConnectionError({ cause }), ctx);
    expect(network.message).toBe(
      'The model server set in PROOFDESK_VERIFIER_BASE_URL could not be talked to: getaddrinfo EBADNAME the server (EBADNAME).',
    );
    const http = toModelError(
      apiError(404, { error: { message: 'no route https://api.example.com/v1/chat/completions' } }),
      ctx,
    );
    expect(http.message).not.toContain('api.example.com');
    expect(http.message).toContain('no route the server/chat/completions');
  });

  it("calls a broken connection after output a 'cut'", () => {
    const err = toModelError(new TypeError('terminated'), {
      ...ctx,
      emitted: true,
      receivedChars: 42,
    });
    expect(err.kind).toBe('cut');
    expect(err.message).toContain('after 42 characters');
  });

  it('reports bad JSON as malformed', () => {
    expect(toModelError(new SyntaxError('Unexpected end of JSON input'), ctx).kind).toBe(
      'malformed',
    );
  });

  it('prefers our own stop reason over whatever the SDK threw', () => {
    const stop = new StopReason('idle-timeout', 'silent');
    expect(toModelError(new Error('aborted'), { ...ctx, stop })).toMatchObject({
      kind: 'idle-timeout',
      message: 'silent',
    });
  });
});

describe('network helpers', () => {
  it('finds codes through causes and AggregateErrors', () => {
    const inner = Object.assign(new Error('x'), { code: 'ECONNREFUSED' });
    expect(findErrorCode({ cause: new AggregateError([new Error('a'), inner]) })).toBe(
      'ECONNREFUSED',
    );
    expect(findErrorCode(new Error('plain'))).toBeNull();
  });
  it('names a model server by the variable that configures it', () => {
    expect(endpointLabel('OPENAI_BASE_URL')).toBe('The model server set in OPENAI_BASE_URL');
    expect(endpointLabel(undefined)).toBe('The model server');
  });
  it('describes unknown failures with the detail', () => {
    expect(describeNetworkFailure(null, 'The model server', 'bad port')).toBe(
      'The model server could not be talked to: bad port.',
    );
  });
  it('takes addresses and whole host names out, and leaves words that contain them', () => {
    const base = 'http://vllm:8000/v1';
    expect(withoutEndpoint('connect ECONNREFUSED 10.0.0.5:8000', base)).toBe(
      'connect ECONNREFUSED an address',
    );
    expect(withoutEndpoint('refused by vllm:8000 (vllm.entrypoints.api)', base)).toBe(
      'refused by the server (vllm.entrypoints.api)',
    );
    expect(withoutEndpoint('at [::1]:8000 and http://vllm:8000/v1/models', base)).toBe(
      'at an address and the server/models',
    );
  });
});
