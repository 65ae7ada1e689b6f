'use client';

import type { Round, SessionDetail } from '@/lib/schemas';
import { RoundsPanel } from './RoundsPanel';
import { SamplesPanel } from './SamplesPanel';
import { SearchView } from './SearchView';

/** The side-panel tabs of the pipeline: the round's samples, all rounds, the search. */
export function pipelineTabs(p: {
  session: SessionDetail;
  round: Round | null;
  onOpenRound: (roundId: string) => void;
}) {
  const n = p.round?.verification?.samples.length;
  return [
    {
      id: 'samples',
      label: n ? `Samples (${n})` : 'Samples',
      content: <SamplesPanel round={p.round} />,
    },
    { id: 'rounds', label: 'Rounds', content: <RoundsPanel session={p.session} /> },
    {
      id: 'search',
      label: 'Search',
      content: <SearchView sessionId={p.session.id} onOpened={p.onOpenRound} />,
    },
  ];
}
