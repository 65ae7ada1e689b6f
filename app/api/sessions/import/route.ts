import { AppError } from '@/lib/errors';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { MAX_SESSION_IMPORT_BYTES } from '@/lib/schemas';
import { JSON_TYPES } from '@/lib/security/content-type';
import { importSessionJson } from '@/lib/session-file/import-session';

export const dynamic = 'force-dynamic';

/** A session's JSON export → a new, identical session → `201 {id}`. */
export const POST = handle(async (req: Request) => {
  const text = await readText(req, MAX_SESSION_IMPORT_BYTES, JSON_TYPES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The file is not valid JSON.');
  }
  return Response.json({ id: await importSessionJson(value) }, { status: 201 });
});
