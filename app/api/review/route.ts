import { listReviewItems } from '@/lib/db';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { reviewQuerySchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';

/** One page of the review queue: `?batch=&score=&unresolved=1&q=&order=&cursor=&limit=`. */
export const GET = handle(async (req: Request) => {
  const query = reviewQuerySchema.parse(queryOf(req));
  return Response.json(await listReviewItems(query));
});
