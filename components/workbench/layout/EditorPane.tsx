'use client';

import { ProofEditor } from '@/components/editor/ProofEditor';
import type { TextStream } from '@/components/editor/types';
import type { LivePlacement, Round } from '@/lib/schemas';
import { InlineFindingBox } from '../InlineFindingBox';
import { ScoreBadge } from '../ScoreBadge';
import type { useFindingsUi } from '../use-findings-ui';

/** The proof of the selected round in Monaco, under a one-line head with its scores. */
export function EditorPane(p: {
  round: Round | null;
  documentKey: string;
  streamingHere: boolean;
  stream: TextStream | null;
  fx: ReturnType<typeof useFindingsUi>;
  saving: boolean;
  onTextChange: (text: string) => void;
  onFocusLine: (line: number) => void;
  onSave: (proof: string, placements: LivePlacement[]) => void;
}) {
  const { round, fx, streamingHere } = p;
  const selected = fx.findings.find((f) => f.id === fx.selectedId);
  return (
    <section className="editor-pane" aria-label="Proof">
      <div className="pane-head">
        <h2>Proof {round ? `· R${round.index}` : ''}</h2>
        <ScoreBadge score={round?.score ?? null} label="verifier" testId="score-badge" />
        <ScoreBadge score={round?.selfScore ?? null} label="self" />
        {round?.truncated ? <span className="tag-warn">incomplete draft</span> : null}
        <span className="pane-head-status" aria-live="polite">
          {p.saving ? <span className="muted">Saving…</span> : null}
          {fx.notice ? <span className="error">{fx.notice}</span> : null}
        </span>
      </div>
      <ProofEditor
        documentKey={p.documentKey}
        initialText={streamingHere ? '' : (round?.proof ?? '')}
        readOnly={streamingHere || !round}
        stream={streamingHere ? p.stream : null}
        findings={streamingHere ? [] : fx.findings}
        selectedFindingId={fx.selectedId}
        onSelectFinding={fx.setSelectedId}
        onPlacementsChange={fx.onPlacementsChange}
        onTextChange={p.onTextChange}
        onFocusLine={p.onFocusLine}
        onReady={(api) => {
          fx.editorApi.current = api;
        }}
        onSave={round && !streamingHere ? p.onSave : undefined}
        renderZone={() =>
          selected ? (
            <InlineFindingBox
              finding={selected}
              onDecide={(d) => fx.decide(selected.id, d)}
              onOverride={() => fx.override(selected.id)}
            />
          ) : null
        }
      />
    </section>
  );
}
