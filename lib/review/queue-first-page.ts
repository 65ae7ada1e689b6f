import 'server-only';
import { listReviewItems } from '@/lib/db';
import { readFirstPage } from '@/lib/pages/first-page';
import {
  type ReviewQuery,
  type ReviewQueue,
  reviewQuerySchema,
  type ServerFirstPage,
} from '@/lib/schemas';

/** The review queue's first page for the filters in the page's URL, for the page's HTML. */
export function reviewFirstPage(
  filters: Partial<ReviewQuery>,
): Promise<ServerFirstPage<ReviewQueue> | null> {
  return readFirstPage('review', () => listReviewItems(reviewQuerySchema.parse(filters)));
}
