import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { NaiveStream } from './NaiveStream';

/**
 * The naive renderer `npm run bench:render` compares the workbench with: the same run, the
 * same SSE, but the whole document re-rendered on every event. The `.bench.tsx` extension
 * keeps it out of every production build: only the bench's own build
 * (PROOFDESK_BENCH_BUILD=1, in .next-bench/) treats it as a page (see next.config.ts).
 */
export default async function NaiveBenchPage({
  searchParams,
}: {
  searchParams: Promise<{ session?: string }>;
}) {
  await connection(); // rendered per request: the session comes from the query
  const { session } = await searchParams;
  if (!session) notFound();
  return <NaiveStream sessionId={session} />;
}
