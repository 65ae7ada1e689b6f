'use client';

import type { Round } from '@/lib/schemas';
import { SampleList } from './SampleList';
import { ScoreDistribution } from './ScoreDistribution';

/** The open round's verification: score distribution, verdict, and each sample's report. */
export function SamplesPanel({ round }: { round: Round | null }) {
  const v = round?.verification;
  if (!v) {
    return (
      <p className="muted">
        {round?.score != null
          ? 'Verified by a single request: its report is in Output. Meta-verify to rate it.'
          : 'Not verified yet. Set Samples and press Verify.'}
      </p>
    );
  }
  return (
    <div className="samples-panel">
      <ScoreDistribution v={v} />
      <SampleList samples={v.samples} />
    </div>
  );
}
