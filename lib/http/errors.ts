import 'server-only';
import { ZodError } from 'zod';

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'too_many_requests'
  | 'model_not_configured'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  model_not_configured: 503,
  internal: 500,
};

/**
 * An error a user can act on; its message is safe to show. `details` (also safe) go out with
 * it as `error.details`, for a UI that offers a way on (a refused import's invalid records).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

/** Any thrown value → a JSON response. Unknown errors never leak a stack or message. */
export function toErrorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    if (err.code === 'internal') console.error('[proofdesk] server error', err);
    const details = err.details === undefined ? {} : { details: err.details };
    return Response.json(
      { error: { code: err.code, message: err.message, ...details } },
      { status: err.status },
    );
  }
  if (err instanceof ZodError) {
    const message = err.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return Response.json({ error: { code: 'bad_request', message } }, { status: 400 });
  }
  console.error('[proofdesk] unexpected error', err);
  return Response.json(
    {
      error: {
        code: 'internal',
        message: 'Something went wrong on the server; nothing was changed.',
      },
    },
    { status: 500 },
  );
}
