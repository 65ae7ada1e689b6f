/**
 * Application errors by meaning. Any layer may throw them (a missing session, a run already
 * in progress, a model not configured); `lib/http` alone decides how each reaches a client.
 */
export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'too_many_requests'
  | 'model_not_configured'
  /** A model server answered with an error, in a request made for the person directly. */
  | 'model_failed'
  | 'internal';

/**
 * An error a user can act on; its message is safe to show. `details` (also safe) go out with
 * it, for a UI that offers a way on (a refused import's invalid records).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

export function tooLarge(maxBytes: number, what = 'The request body'): AppError {
  return new AppError(
    'payload_too_large',
    `${what} is larger than ${Math.round(maxBytes / 1000)} kB; nothing was saved.`,
  );
}
