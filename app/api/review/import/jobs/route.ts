import { AppError } from '@/lib/errors';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { startImportJob, warmForUpload } from '@/lib/review/import-jobs';
import { MAX_REVIEW_IMPORT_BYTES, reviewImportQuerySchema } from '@/lib/schemas';
import { JSON_TYPES, JSONL_TYPES } from '@/lib/security/content-type';

export const dynamic = 'force-dynamic';

/**
 * The web bulk import with progress: the same records and rules as `POST /api/review/import`
 * (all or nothing unless `?skipInvalid=1`), but it answers at once, 202 with the job, and
 * the page polls `GET /api/review/import/jobs/:id` for records done, records/s and ETA.
 */
export const POST = handle(async (req: Request) => {
  const { format, skipInvalid } = reviewImportQuerySchema.parse(queryOf(req));
  warmForUpload(req);
  const text = await readText(req, MAX_REVIEW_IMPORT_BYTES, [...JSONL_TYPES, ...JSON_TYPES]);
  if (!text.trim()) throw new AppError('bad_request', 'Nothing to import: the file is empty.');
  return Response.json(startImportJob(text, format, skipInvalid), { status: 202 });
});
