import { listReviewItems } from '@/lib/db';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { reviewQuerySchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';

/** The review queue over imported sessions: `?batch=&score=&unresolved=1`. */
export const GET = handle(async (req: Request) => {
  const query = reviewQuerySchema.parse(queryOf(req));
  return Response.json({ items: await listReviewItems(query) });
});
