'use client';

import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { Decision, Finding } from '@/lib/schemas';

/** The comment box Monaco shows under the selected finding's lines. */
export function InlineFindingBox({
  finding: f,
  onDecide,
  onOverride,
}: {
  finding: Finding;
  onDecide: (decision: Decision) => void;
  onOverride: () => void;
}) {
  return (
    <div
      className={`inline-finding sev-${f.severity}`}
      data-testid="inline-finding"
      data-finding-id={f.id}
    >
      <div className="inline-finding-head">
        <strong className={`sev-chip sev-${f.severity}`}>{f.severity}</strong>
        <span className="muted"> · {f.decision === 'pending' ? 'undecided' : f.decision}</span>
      </div>
      <MathMarkdown text={f.description} />
      {f.suggestion ? (
        <div>
          <strong>Fix: </strong>
          <MathMarkdown text={f.suggestion} />
        </div>
      ) : null}
      <div className="finding-actions">
        <button type="button" data-testid="zone-accept" onClick={() => onDecide('accepted')}>
          Accept
        </button>
        <button type="button" data-testid="zone-override" onClick={onOverride}>
          Override…
        </button>
        <button type="button" data-testid="zone-dismiss" onClick={() => onDecide('dismissed')}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
