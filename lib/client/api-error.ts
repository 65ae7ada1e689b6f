/** Codes the client gives failures that never reached a server's answer. */
export const CLIENT_ERROR_CODES = {
  /** No answer at all: the server is down, or the network is. */
  unreachable: 'unreachable',
  /** The caller aborted the request (a query no longer needed, a page left). */
  aborted: 'aborted',
  /** An error status whose body was not Proofdesk's `{error: {code, message}}`. */
  http: 'http_error',
} as const;

/**
 * The one error every API call throws: the HTTP status (0 when no answer came), the server's
 * stable `code` (e.g. `not_found`, `conflict`, or one of CLIENT_ERROR_CODES), and its
 * `message`, which is written for people and shown as is.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server sent besides the message, if anything: parse it with its schema. */
    readonly details?: unknown,
  ) {
    super(message);
  }

  get aborted(): boolean {
    return this.code === CLIENT_ERROR_CODES.aborted;
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;
