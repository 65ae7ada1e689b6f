import { AppError } from '@/lib/errors';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { importThenCheck, warmForUpload } from '@/lib/review/import-jobs';
import { MAX_REVIEW_IMPORT_BYTES, reviewImportQuerySchema } from '@/lib/schemas';
import { JSON_TYPES, JSONL_TYPES } from '@/lib/security/content-type';

export const dynamic = 'force-dynamic';

/**
 * JSONL of `{problem, proof, report?}` or DeepSeekMath-V2 records (`?format=`), one session
 * each; `?dryRun=1` only previews. All or nothing: a malformed line refuses the whole file
 * (400 naming the lines) unless `?skipInvalid=1`; the preview lists them by line number.
 */
export const POST = handle(async (req: Request) => {
  const { format, dryRun, skipInvalid } = reviewImportQuerySchema.parse(queryOf(req));
  warmForUpload(req);
  const text = await readText(req, MAX_REVIEW_IMPORT_BYTES, [...JSONL_TYPES, ...JSON_TYPES]);
  if (!text.trim()) throw new AppError('bad_request', 'Nothing to import: the file is empty.');
  const result = await importThenCheck(text, format, { dryRun, skipInvalid });
  return Response.json(result, { status: dryRun || result.records.length === 0 ? 200 : 201 });
});
