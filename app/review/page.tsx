import { ReviewQueue } from '@/components/review/ReviewQueue';
import { reviewFirstPage } from '@/lib/review/queue-first-page';
import { scoreFilterSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review · Proofdesk' };

type Search = { batch?: string; score?: string; unresolved?: string; i?: string };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  const score = scoreFilterSchema.safeParse(q.score);
  const index = Math.max(0, (Number(q.i) || 1) - 1);
  const initial = {
    batch: typeof q.batch === 'string' && q.batch ? q.batch : undefined,
    score: score.success ? score.data : 'any',
    unresolved: q.unresolved === '1',
  };
  return (
    <ReviewQueue
      initial={initial}
      initialIndex={index}
      firstPage={await reviewFirstPage(initial)}
    />
  );
}
