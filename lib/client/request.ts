// From the index, which configures zod for the browser (no eval: see zod-config.ts) first.
import { apiErrorBodySchema } from '@/lib/schemas';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A value sent as `application/json`. */
  json?: unknown;
  /** A body sent as is under its own type (CSV, JSON Lines, a JSON file's text). */
  text?: { body: string; type: string };
  signal?: AbortSignal;
  /** Lets the request outlive the page (`pagehide`); small bodies only, see below. */
  keepalive?: boolean;
};

/** What a read accepts: a signal that cancels it (react-query passes one per query). */
export type ReadOptions = { signal?: AbortSignal };

/** What an area of the API is given: one way to send a request and read its answer. */
export type Send = <T>(path: string, options?: RequestOptions) => Promise<T>;

/** Browsers refuse keepalive bodies over 64 KiB: larger ones go as an ordinary request. */
const KEEPALIVE_MAX_BYTES = 60_000;

function init(options: RequestOptions): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['Content-Type'] = options.text.type;
    body = options.text.body;
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8.
  const keepalive = !!options.keepalive && (body?.length ?? 0) * 3 < KEEPALIVE_MAX_BYTES;
  return {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    signal: options.signal,
    keepalive: keepalive || undefined,
  };
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorFrom(res: Response, body: unknown): ApiError {
  const parsed = apiErrorBodySchema.safeParse(body);
  if (parsed.success)
    return new ApiError(
      res.status,
      parsed.data.error.code,
      parsed.data.error.message,
      parsed.data.error.details,
    );
  const reason = res.statusText ? `: ${res.statusText}` : '';
  return new ApiError(
    res.status,
    CLIENT_ERROR_CODES.http,
    `Request failed (${res.status}${reason})`,
  );
}

function transportError(err: unknown, signal?: AbortSignal): ApiError {
  if (signal?.aborted || (err instanceof Error && err.name === 'AbortError')) {
    return new ApiError(0, CLIENT_ERROR_CODES.aborted, 'The request was cancelled.');
  }
  return new ApiError(
    0,
    CLIENT_ERROR_CODES.unreachable,
    'Proofdesk server is not reachable. Is it running?',
  );
}

/**
 * The one `fetch` wrapper: sends JSON (or a typed text body) to `baseUrl + path`, reads the
 * JSON answer, and turns every failure into an ApiError. `baseUrl` is empty in the browser
 * (same origin); tests and scripts give a server's address.
 */
export function createSend(baseUrl = ''): Send {
  return async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
    let res: Response;
    let body: unknown;
    try {
      res = await fetch(`${baseUrl}${path}`, init(options));
      body = await readBody(res);
    } catch (err) {
      throw transportError(err, options.signal);
    }
    if (!res.ok) throw errorFrom(res, body);
    return body as T;
  };
}

/** `?a=1&b=x` from the defined, non-empty values; '' when there are none. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
