import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { NaiveStream } from './NaiveStream';

/**
 * The naive renderer `npm run bench:render` compares the workbench with: the same run, the
 * same SSE, but the whole document re-rendered on every event. Only served when the server
 * runs with PROOFDESK_BENCH=1 (the bench sets it); everyone else gets a 404, so no user can
 * land on it and no switch ships in the real pages.
 */
export default async function NaiveBenchPage({
  searchParams,
}: {
  searchParams: Promise<{ session?: string }>;
}) {
  await connection(); // read the environment per request, never at build time
  if (process.env.PROOFDESK_BENCH !== '1') notFound();
  const { session } = await searchParams;
  if (!session) notFound();
  return <NaiveStream sessionId={session} />;
}
