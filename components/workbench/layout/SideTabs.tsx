'use client';

import { useMemo } from 'react';
import { GradePanel } from '@/components/grading/GradePanel';
import { OutlinePanel } from '@/components/outline/OutlinePanel';
import type { Round, SessionDetail } from '@/lib/schemas';
import { isVerified } from '@/lib/structure/round-outline';
import { CheckSummary } from '../checker/CheckSummary';
import { useChecker } from '../checker/use-checker';
import { LiveReport } from '../LiveReport';
import { ProofPreview } from '../ProofPreview';
import type { PersonControls } from '../person-controls';
import { SidePanel } from '../SidePanel';
import { MergedFindingsPanel } from '../samples/MergedFindingsPanel';
import { SamplesPanel } from '../samples/SamplesPanel';
import type { useFindingsUi } from '../use-findings-ui';
import type { PartRuns } from '../use-part-runs';
import tabs from './tabs.module.css';

/**
 * The side column: the open round's findings (full height), its outline, preview, samples and
 * grade.
 */
export function SideTabs({
  session,
  round,
  fx,
  preview,
  draftWaits = false,
  verifying,
  hasProof,
  person,
  onSelectLines,
  parts,
  busy,
}: {
  session: SessionDetail;
  round: Round | null;
  fx: ReturnType<typeof useFindingsUi>;
  preview: { text: string; streaming: boolean; focusLine: number };
  /** The streaming draft waits for the model server (a retry, a free slot): nothing is written yet. */
  draftWaits?: boolean;
  /** A verification streaming into this round: its report so far, shown above the findings. */
  verifying: {
    text: string;
    reasoning: string;
    progress: Parameters<typeof LiveReport>[0]['progress'];
    parser?: string | null;
  } | null;
  hasProof: boolean;
  person: PersonControls;
  /** Selects lines in the editor (an outline node's). */
  onSelectLines: (startLine: number, endLine: number) => void;
  /** Verify or rewrite one outline node of the open round, and the rewrite being followed. */
  parts: PartRuns;
  /** A run is live or starting. */
  busy: boolean;
}) {
  const n = round?.verification?.samples.length;
  const checked = useChecker(preview.text, preview.streaming);
  // The rounds before the open one, oldest first: each outline node's story across rounds.
  const earlier = useMemo(
    () =>
      round
        ? session.rounds.filter((r) => r.index < round.index).sort((a, b) => a.index - b.index)
        : [],
    [session.rounds, round],
  );
  const open = fx.findings.filter((f) => f.decision === 'pending').length;
  return (
    <SidePanel
      tabs={[
        {
          id: 'findings',
          label: (
            <>
              Findings
              {fx.findings.length ? (
                <span className={tabs.tabCount} data-testid="findings-count">
                  {open ? `${open}/${fx.findings.length}` : fx.findings.length}
                </span>
              ) : null}
            </>
          ),
          keepMounted: true,
          content: (
            <>
              {verifying ? (
                <LiveReport
                  text={verifying.text}
                  progress={verifying.progress}
                  parser={verifying.parser}
                  reasoning={verifying.reasoning}
                />
              ) : null}
              <CheckSummary {...checked} onSelectLines={onSelectLines} />
              <MergedFindingsPanel
                verifying={!!verifying}
                drafting={preview.streaming}
                draftWaits={draftWaits}
                noDraft={!round?.proof.trim()}
                findings={fx.findings}
                resolved={fx.resolved}
                verified={round?.score != null}
                live={fx.live}
                lifeOf={fx.lifeOf}
                selectedId={fx.selectedId}
                overridingId={fx.overridingId}
                onSelect={fx.setSelectedId}
                onDecide={fx.decide}
                onOverride={fx.override}
                onReanchor={(id) => void fx.reanchor(id)}
                person={person}
              />
            </>
          ),
        },
        {
          id: 'outline',
          label: 'Outline',
          content: (
            <OutlinePanel
              text={preview.text}
              findings={preview.streaming ? [] : fx.findings}
              verified={!!round && isVerified(round)}
              roundIndex={round?.index ?? null}
              earlierRounds={earlier}
              onSelectLines={onSelectLines}
              partScores={round?.partScores}
              onVerifyPart={preview.streaming ? undefined : parts.onVerify}
              onRewritePart={preview.streaming ? undefined : parts.onRewrite}
              rewrite={parts.rewrite}
              busy={busy}
            />
          ),
        },
        {
          id: 'preview',
          label: 'Preview',
          content: (
            <ProofPreview
              text={preview.text}
              streaming={preview.streaming}
              focusLine={preview.focusLine}
              findings={preview.streaming ? [] : fx.findings}
              live={fx.live}
              selectedId={fx.selectedId}
              onSelect={fx.setSelectedId}
            />
          ),
        },
        {
          id: 'samples',
          label: <>Samples{n ? <span className={tabs.tabCount}>{n}</span> : null}</>,
          content: <SamplesPanel round={round} />,
        },
        {
          id: 'grade',
          label: 'Grade',
          content: <GradePanel sessionId={session.id} hasProof={hasProof} />,
        },
      ]}
    />
  );
}
