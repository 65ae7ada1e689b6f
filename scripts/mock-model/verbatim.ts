/**
 * The `content` option: a text the scripted server sends verbatim as a generation's answer
 * (still chunked and paced by `tps`), so a benchmark or a test can put any proof — a long
 * real one, a hostile one — through the real run engine, SSE and the workbench.
 * Set with `POST /__control {"scenario":"default","content":"…","tps":2000}`; null clears it.
 */

/** Generous: the app refuses drafts over its own limit anyway, with its own message. */
export const MAX_VERBATIM_CHARS = 5_000_000;

export function parseContentOption(
  raw: unknown,
): { ok: true; value: { content: string | null } } | { ok: false; error: string } {
  if (raw === null || raw === '') return { ok: true, value: { content: null } };
  if (typeof raw !== 'string') return { ok: false, error: 'content must be a string or null' };
  if (raw.length > MAX_VERBATIM_CHARS) {
    return { ok: false, error: `content must be at most ${MAX_VERBATIM_CHARS} characters` };
  }
  return { ok: true, value: { content: raw } };
}
