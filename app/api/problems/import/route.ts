import { AppError } from '@/lib/errors';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { importProblemSet } from '@/lib/library/service';
import { MAX_PROBLEM_IMPORT_BYTES } from '@/lib/schemas';
import { CSV_TYPES, JSON_TYPES, JSONL_TYPES } from '@/lib/security/content-type';

export const dynamic = 'force-dynamic';

/** A CSV (`text/csv`) or JSON/JSONL problem set → `{imported, errors: [{line, message}]}`. */
export const POST = handle(async (req: Request) => {
  const text = await readText(req, MAX_PROBLEM_IMPORT_BYTES, [
    ...CSV_TYPES,
    ...JSON_TYPES,
    ...JSONL_TYPES,
  ]);
  if (!text.trim()) throw new AppError('bad_request', 'The problem set is empty.');
  const result = await importProblemSet(text, req.headers.get('content-type'));
  return Response.json(result, { status: result.imported > 0 ? 201 : 200 });
});
