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

/**
 * How messages name a role's model server: by the server variable that configures it, never
 * by its address (errors reach the browser; endpoints must not).
 */
export function endpointLabel(endpointVar: string | undefined): string {
  return endpointVar ? `The model server set in ${endpointVar}` : 'The model server';
}

/**
 * `text` with the endpoint's URL, host and host name, and any IP address (with its port),
 * taken out: a cause's message ("connect ECONNREFUSED 10.0.0.5:8000", "getaddrinfo EBADNAME
 * gpu-7.lan") or a provider's error body may name them.
 */
export function withoutEndpoint(text: string, baseURL: string): string {
  let out = text;
  try {
    const url = new URL(baseURL);
    for (const part of [baseURL, url.origin, url.host, url.hostname]) {
      // Whole names only: a host called `vllm` leaves "vllm.entrypoints" alone.
      const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, 'g'), 'the server');
    }
  } catch {}
  return out
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, 'an address')
    .replace(/\[[0-9a-f:.]+\](?::\d+)?/gi, 'an address');
}

/** A sentence a user can act on, for a failure to connect or a connection that broke. */
export function describeNetworkFailure(
  code: string | null,
  server: string,
  detail: string,
): string {
  switch (code) {
    case 'ECONNREFUSED':
      return `${server} refused the connection (ECONNREFUSED). Is it running?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${server} could not be found: its host name did not resolve (${code}).`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `${server} closed the connection before sending any output (${code}).`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${server} could not be reached (${code}).`;
    default:
      if (code && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) {
        return `${server} failed the TLS handshake (${code}).`;
      }
      return `${server} could not be talked to: ${detail}${code ? ` (${code})` : ''}.`;
  }
}
