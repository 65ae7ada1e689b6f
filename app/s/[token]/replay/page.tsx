import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Replay } from '@/components/replay/Replay';
import { clampStep, replaySteps } from '@/lib/proof-view/replay-steps';
import { sharedReadOnlyView } from '@/lib/share/service';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
};

/** The replay of a shared session: reachable only through its share link. */
export default async function SharedReplayPage({ params, searchParams }: Props) {
  const { token } = await params;
  const view = await sharedReadOnlyView(token);
  if (!view) notFound();
  const step = clampStep((await searchParams).step, replaySteps(view).length);
  return <Replay view={view} initialStep={step} exitHref={`/s/${token}`} />;
}
