import { notFound } from 'next/navigation';
import { Replay } from '@/components/replay/Replay';
import { clampStep, replaySteps } from '@/lib/proof-view/replay-steps';
import { readOnlyView } from '@/lib/session-file/session-data';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
};

export default async function ReplayPage({ params, searchParams }: Props) {
  const { id } = await params;
  const view = await readOnlyView(id);
  if (!view) notFound();
  const step = clampStep((await searchParams).step, replaySteps(view).length);
  return <Replay view={view} initialStep={step} exitHref={`/sessions/${encodeURIComponent(id)}`} />;
}
