/** Finds the first system/undici error code (ECONNREFUSED, UND_ERR_SOCKET…) in a cause chain. */
export function findErrorCode(err: unknown, depth = 0): string | null {
  if (!err || typeof err !== 'object' || depth > 8) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
  const nested = (err as { errors?: unknown }).errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const found = findErrorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findErrorCode((err as { cause?: unknown }).cause, depth + 1);
}

/** The innermost cause's message: "fetch failed" and "Connection error." say nothing. */
export function rootCauseMessage(err: unknown): string {
  let current = err;
  for (let depth = 0; depth < 8; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!(cause instanceof Error)) break;
    current = cause;
  }
  return current instanceof Error ? current.message : String(current);
}

/** `host:port` of a base URL, with the scheme's default port spelled out. */
export function endpointLabel(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return `${url.hostname}:${port}`;
  } catch {
    return 'the configured address';
  }
}

/** A sentence a user can act on, for a failure to connect or a connection that broke. */
export function describeNetworkFailure(code: string | null, where: string, detail: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return `Model server at ${where} refused the connection (ECONNREFUSED). Is it running?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Model server host ${where} could not be resolved (${code}).`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `Model server at ${where} closed the connection before sending any output (${code}).`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `Could not reach the model server at ${where} (${code}).`;
    default:
      if (code && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) {
        return `TLS error talking to the model server at ${where} (${code}).`;
      }
      return `Could not talk to the model server at ${where}: ${detail}${code ? ` (${code})` : ''}.`;
  }
}
