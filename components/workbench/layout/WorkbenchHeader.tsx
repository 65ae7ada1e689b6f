'use client';

import { MathLine } from '@/components/math/MathLine';
import { SessionTools } from '@/components/share/SessionTools';
import type { Round } from '@/lib/schemas';
import { RoundTimeline } from '../RoundTimeline';
import frame from './frame.module.css';
import { ViewSwitcher, type WorkbenchViewId } from './ViewSwitcher';

/** One row: the session's title, its rounds, the view switcher and the session's tools. */
export function WorkbenchHeader(p: {
  title: string;
  sessionId: string;
  rounds: Round[];
  selectedRoundId: string | null;
  onSelectRound: (id: string) => void;
  view: WorkbenchViewId;
  onView: (v: WorkbenchViewId) => void;
}) {
  return (
    <div className={frame.header} data-testid="wb-header">
      <h1 className={frame.title} title={p.title} data-testid="session-title">
        <MathLine text={p.title} />
      </h1>
      <RoundTimeline rounds={p.rounds} selectedId={p.selectedRoundId} onSelect={p.onSelectRound} />
      <div className={frame.headerEnd}>
        <ViewSwitcher view={p.view} onChange={p.onView} />
        <SessionTools sessionId={p.sessionId} />
      </div>
    </div>
  );
}
