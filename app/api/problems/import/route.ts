import { AppError } from '@/lib/errors';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { importProblemSet } from '@/lib/library/service';
import { MAX_PROBLEM_IMPORT_BYTES, problemImportQuerySchema } from '@/lib/schemas';
import { CSV_TYPES, JSON_TYPES, JSONL_TYPES } from '@/lib/security/content-type';

export const dynamic = 'force-dynamic';

/**
 * A CSV (`text/csv`) or JSON/JSONL problem set → `201 {imported, errors: []}`. All or nothing:
 * an invalid record refuses the whole set (400 naming each, `error.details: {errors, valid}`)
 * unless `?skipInvalid=1`, which stores the valid ones and lists the skipped in `errors`.
 */
export const POST = handle(async (req: Request) => {
  const { skipInvalid } = problemImportQuerySchema.parse(queryOf(req));
  const text = await readText(req, MAX_PROBLEM_IMPORT_BYTES, [
    ...CSV_TYPES,
    ...JSON_TYPES,
    ...JSONL_TYPES,
  ]);
  if (!text.trim()) throw new AppError('bad_request', 'The problem set is empty.');
  const result = await importProblemSet(text, req.headers.get('content-type'), skipInvalid);
  return Response.json(result, { status: 201 });
});
