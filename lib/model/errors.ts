import type { ModelErrorKind, PartialOutput } from './types';

/**
 * Why a model request failed, in words a user can act on. `retryable` says whether the same
 * request may succeed if tried again (network trouble, 5xx, 429, a cut or a silent server);
 * `partial` holds whatever the model had produced before the failure, so nothing is lost.
 */
export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly status?: number;
  readonly retryable: boolean;
  partial: PartialOutput;
  /** Milliseconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs?: number;

  constructor(
    kind: ModelErrorKind,
    message: string,
    opts: {
      status?: number;
      retryable?: boolean;
      partial?: PartialOutput;
      retryAfterMs?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ModelError';
    this.kind = kind;
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
    this.partial = opts.partial ?? { text: '', reasoning: '' };
    this.retryAfterMs = opts.retryAfterMs;
  }
}

export function isModelError(err: unknown): err is ModelError {
  return err instanceof ModelError;
}
