'use client';

import { useEffect, useState } from 'react';
import type { ServerWait } from '@/hooks/server-wait';
import type { RoundOrigin } from '@/lib/schemas';
import { ReasoningPanel } from '../SidePanel';
import type { RunText } from '../use-round-outputs';
import tabs from './tabs.module.css';

type Whose = 'generator' | 'verifier';

/**
 * The drawer's Reasoning tab: the generator's reasoning behind the round's draft and, once
 * the round is verified, the verifier's behind its report, one at a time. A run that starts
 * streaming shows its own; the person can switch back while it streams.
 */
export function ReasoningTab({
  draft,
  report,
  waits,
  noDraft,
  origin = null,
}: {
  draft: RunText;
  report: RunText | null;
  waits?: ServerWait;
  noDraft: boolean;
  origin?: RoundOrigin | null;
}) {
  // Offered once the verifier has reasoned apart from its report (a thinking model). A
  // verification of many samples streams none into its run: each sample keeps its own, under
  // Samples.
  const verifier = report?.reasoning ? report : null;
  const streaming: Whose | null = verifier?.live ? 'verifier' : draft.live ? 'generator' : null;
  const [picked, setPicked] = useState<Whose>(streaming ?? 'generator');
  useEffect(() => {
    if (streaming) setPicked(streaming);
  }, [streaming]);
  const whose = verifier ? picked : 'generator';
  const shown = whose === 'verifier' && verifier ? verifier : draft;
  const choice = verifier ? (
    <fieldset className="segmented" aria-label="Whose reasoning" data-testid="reasoning-whose">
      {(['generator', 'verifier'] as const).map((w) => (
        <button
          type="button"
          key={w}
          aria-pressed={whose === w}
          data-testid={`reasoning-${w}`}
          onClick={() => setPicked(w)}
        >
          {w === 'generator' ? 'Generator' : 'Verifier'}
          <span
            className={tabs.liveDot}
            data-live={w === 'generator' ? draft.live : verifier.live}
            aria-hidden
          />
        </button>
      ))}
    </fieldset>
  ) : null;
  return (
    <ReasoningPanel
      reasoning={shown.reasoning}
      live={shown.live}
      waits={waits}
      noDraft={noDraft}
      origin={origin}
      head={choice}
    />
  );
}
