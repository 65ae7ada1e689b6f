/** `Application/JSON; charset=utf-8` → `application/json`; missing → ''. */
export function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** What a JSON endpoint accepts. */
export const JSON_TYPES = ['application/json'] as const;
/** JSON Lines, under the names tools send it with. */
export const JSONL_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
] as const;
export const CSV_TYPES = ['text/csv'] as const;
export const FORM_TYPES = ['application/x-www-form-urlencoded'] as const;

/**
 * True when a request may carry its body to an endpoint accepting `accepted` types. An
 * empty body needs no type. Browsers can send `text/plain`, form and multipart bodies to
 * any site without asking first; requiring the endpoint's own type keeps those out even if
 * the other checks were bypassed.
 */
export function acceptsContentType(
  header: string | null,
  hasBody: boolean,
  accepted: readonly string[],
): boolean {
  if (!hasBody) return true;
  return accepted.includes(mediaType(header));
}
