import 'server-only';

/**
 * Does `If-None-Match` name `etag`? Weak comparison (RFC 9110 §13.1.2): `W/` is ignored on
 * both sides; `*` matches any current representation.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === wanted);
}

/**
 * JSON text the client may already hold: 304 without a body when its `If-None-Match` names
 * the tag, else the body. `no-cache` lets a browser keep the answer but makes it ask every
 * time (a browser's fetch then sends `If-None-Match` by itself, and a 304 reaches the page as
 * the stored 200); `private` keeps shared caches out.
 */
export function conditionalJson(req: Request, json: string, etag: string): Response {
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (etagMatches(req.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(json, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
