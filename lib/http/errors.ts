import 'server-only';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '@/lib/errors';

/** How each application error reaches an HTTP client. */
const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  model_not_configured: 503,
  model_failed: 502,
  internal: 500,
};

/** Any thrown value → a JSON response. Unknown errors never leak a stack or message. */
export function toErrorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    if (err.code === 'internal') console.error('[proofdesk] server error', err);
    const details = err.details === undefined ? {} : { details: err.details };
    return Response.json(
      { error: { code: err.code, message: err.message, ...details } },
      { status: STATUS[err.code] },
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
