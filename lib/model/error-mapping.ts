import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { ProviderHttpError, StreamErrorEvent } from './error-body';
import { errorHint } from './error-hints';
import { ModelError } from './errors';
import {
  describeNetworkFailure,
  endpointLabel,
  findErrorCode,
  rootCauseMessage,
  withoutEndpoint,
} from './network-errors';
import { parseRetryAfter } from './retry-policy';
import { formatDuration, StopReason } from './watchdog';

export type FailureContext = {
  baseURL: string;
  apiKey: string;
  /** Set when we aborted the request ourselves (Stop, idle timeout, deadline). */
  stop: StopReason | null;
  /** Whether any delta already reached the caller. */
  emitted: boolean;
  /** Characters of output received so far, for the message of a cut. */
  receivedChars: number;
  /** The configured output limit, named in the hint for a context overflow. */
  maxTokens?: number;
  /** The server variable that configures the endpoint, which messages name instead of it. */
  endpointVar?: string;
};

/** Raised when the server sent a chunk we cannot read (valid JSON but not a chunk object). */
export class MalformedChunkError extends Error {}

/** Raised when the stream ended cleanly but without any finish_reason. */
export class EndedEarlyError extends Error {}

/** The message a JSON error body carries (`{error: {message}}`, `{error: "…"}`, `{message}`). */
function serverMessage(err: APIError): string {
  const body = err.error as { message?: unknown; error?: unknown } | string | undefined;
  if (typeof body === 'string') return body;
  const message = body?.message ?? body?.error;
  if (typeof message === 'string' && message.trim()) return message.trim();
  if (body) return JSON.stringify(body).slice(0, 500);
  return err.status ? 'no error message in the response' : err.message;
}

/** The message of an error event's body (`{message}`, a string, or anything else as JSON). */
function eventMessage(body: unknown): string {
  if (typeof body === 'string' && body.trim()) return body.trim();
  const message = (body as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message.trim()) return message.trim();
  return body ? JSON.stringify(body).slice(0, 500) : 'no error message';
}

function httpError(err: APIError & { status: number }): ModelError {
  const status = err.status;
  const msg = serverMessage(err);
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(err.headers) ?? undefined;
    const wait =
      retryAfterMs === undefined ? '' : ` (it asked to wait ${formatDuration(retryAfterMs)})`;
    return new ModelError(
      'rate-limit',
      `Model server is rate limiting requests (429)${wait}: ${msg}`,
      {
        status,
        retryable: true,
        retryAfterMs,
        cause: err,
      },
    );
  }
  const retryable = status >= 500 || status === 408 || status === 409;
  return new ModelError('http', `Model server returned ${status}: ${msg}`, {
    status,
    retryable,
    cause: err,
  });
}

/** The provider's own error, as our fetch read it (the SDK wraps it as a connection error). */
function providerError(err: unknown): ProviderHttpError | null {
  if (err instanceof ProviderHttpError) return err;
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause instanceof ProviderHttpError ? cause : null;
}

function providerHttpError(err: ProviderHttpError, ctx: FailureContext): ModelError {
  const hint = errorHint(err.status, err.info, ctx.maxTokens);
  const own = err.info.message;
  const message = hint ? `${own} — ${hint}` : own;
  if (err.jsonInsteadOfStream) {
    return new ModelError(
      'http',
      `Model server answered with an error instead of a stream: ${message}`,
      {
        status: err.status,
        cause: err,
      },
    );
  }
  if (err.status === 429) {
    const retryAfterMs = parseRetryAfter(err.headers) ?? undefined;
    const wait =
      retryAfterMs === undefined ? '' : ` (it asked to wait ${formatDuration(retryAfterMs)})`;
    return new ModelError(
      'rate-limit',
      `Model server is rate limiting requests (429)${wait}: ${message}`,
      {
        status: 429,
        retryable: true,
        retryAfterMs,
        cause: err,
      },
    );
  }
  const retryable = err.status >= 500 || err.status === 408 || err.status === 409;
  return new ModelError('http', `Model server returned ${err.status}: ${message}`, {
    status: err.status,
    retryable,
    cause: err,
  });
}

function classify(err: unknown, ctx: FailureContext): ModelError {
  const provider = providerError(err);
  if (provider && !ctx.stop) return providerHttpError(provider, ctx);
  if (ctx.stop) {
    return new ModelError(ctx.stop.kind, ctx.stop.message, {
      retryable: ctx.stop.kind === 'idle-timeout',
    });
  }
  if (err instanceof StopReason) return new ModelError(err.kind, err.message);
  if (err instanceof APIUserAbortError)
    return new ModelError('aborted', 'The request was aborted.');
  if (err instanceof APIError && typeof err.status === 'number') {
    return httpError(err as APIError & { status: number });
  }
  if (err instanceof SyntaxError || err instanceof MalformedChunkError) {
    return new ModelError(
      'malformed',
      `Model server sent a malformed stream chunk (${err.message.slice(0, 200)}); the output so far was kept.`,
      { cause: err },
    );
  }
  const server = endpointLabel(ctx.endpointVar);
  const midStream =
    err instanceof StreamErrorEvent
      ? eventMessage(err.body)
      : err instanceof APIError && !(err instanceof APIConnectionError)
        ? serverMessage(err)
        : null;
  if (midStream !== null) {
    // An `{"error": …}` event inside an otherwise healthy stream (vLLM does this).
    const message = midStream;
    const hint = errorHint(0, { message }, ctx.maxTokens);
    return new ModelError(
      'http',
      `Model server reported an error mid-stream: ${message}${hint ? ` — ${hint}` : ''}`,
      {
        retryable: true,
        cause: err,
      },
    );
  }
  if (ctx.emitted) {
    return new ModelError(
      'cut',
      `${server} closed the stream before the model finished (after ${ctx.receivedChars} characters); the partial output was kept.`,
      { retryable: true, cause: err },
    );
  }
  if (err instanceof EndedEarlyError) {
    return new ModelError('network', `${server} ended the response without any output.`, {
      retryable: true,
      cause: err,
    });
  }
  const detail = rootCauseMessage(err);
  return new ModelError('network', describeNetworkFailure(findErrorCode(err), server, detail), {
    retryable: true,
    cause: err,
  });
}

/**
 * Maps anything a request threw to a ModelError whose message may reach a browser: the API key
 * and the endpoint's address scrubbed from it.
 */
export function toModelError(err: unknown, ctx: FailureContext): ModelError {
  const error = classify(err, ctx);
  let message = error.message;
  if (ctx.apiKey.length >= 4) message = message.split(ctx.apiKey).join('[redacted]');
  message = withoutEndpoint(message, ctx.baseURL);
  if (message !== error.message) {
    const scrubbed = new ModelError(error.kind, message, {
      status: error.status,
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
    });
    return scrubbed;
  }
  return error;
}
