import 'server-only';

/** A request's query string as a plain object, empty values dropped ("?q=" means "any"). */
export function queryOf(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(req.url).searchParams) if (v !== '') out[k] = v;
  return out;
}
