'use client';

import { MessageSquarePlus } from 'lucide-react';
import { ProofEditor } from '@/components/editor/ProofEditor';
import type { TextStream } from '@/components/editor/types';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import type { Round } from '@/lib/schemas';
import { NEW_ROUND } from '@/lib/sessions/new-round';
import { scoreEvidence } from '@/lib/verification/score-evidence';
import { EditConflict } from '../EditConflict';
import { IncompleteMark } from '../IncompleteMark';
import { InlineFindingBox } from '../InlineFindingBox';
import type { PersonControls } from '../person-controls';
import { ScoreBadge } from '../ScoreBadge';
import type { useFindingDialog } from '../use-finding-dialog';
import type { useFindingsUi } from '../use-findings-ui';
import type { useProofEditing } from '../use-proof-editing';
import frame from './frame.module.css';

/**
 * The proof of the selected round in Monaco, under a one-line head with its scores. What the
 * editor shows (stored, live or edited text) comes from the editing state (`edit.view`).
 */
export function EditorPane(p: {
  round: Round | null;
  documentKey: string;
  streamingHere: boolean;
  stream: TextStream | null;
  fx: ReturnType<typeof useFindingsUi>;
  edit: ReturnType<typeof useProofEditing>;
  onTextChange: (text: string) => void;
  onFocusLine: (line: number) => void;
  dialog: ReturnType<typeof useFindingDialog>;
  /** Why no finding can be added now, or null. */
  addBlocked: string | null;
  person: PersonControls;
}) {
  const { round, fx, streamingHere, edit } = p;
  const roundId = edit.view.roundId;
  const selected = streamingHere ? undefined : fx.findings.find((f) => f.id === fx.selectedId);
  return (
    <section className={frame.editorPane} aria-label="Proof">
      <div className={frame.paneHead}>
        <h2 data-testid="editor-title">Proof {round ? `· R${round.index}` : ''}</h2>
        <ScoreBadge score={round?.score ?? null} label="verifier" testId="score-badge" />
        {round?.score !== null && round?.score !== undefined ? (
          <span
            className={frame.scoreEvidence}
            data-testid="score-evidence"
            title={scoreEvidence(round.score, round.verification).text}
          >
            {scoreEvidence(round.score, round.verification).text}
          </span>
        ) : null}
        <IncompleteMark v={round?.verification} testId="verification-incomplete" />
        <ScoreBadge score={round?.selfScore ?? null} label="self" />
        {round?.truncated ? <span className="tag-warn">incomplete draft</span> : null}
        <Tip
          label={
            p.addBlocked ?? (
              <>
                Add a finding on the selected text (or the cursor’s line): <Kbd id="addFinding" />{' '}
                with the focus outside the text, <Kbd id="addFindingInEditor" /> or the right-click
                menu inside it
              </>
            )
          }
        >
          <button
            type="button"
            data-testid="add-finding"
            // Keeps the editor's selection: a mouse-down here would not move it anyway, but
            // focus stays where the person left it.
            onMouseDown={(e) => e.preventDefault()}
            disabled={!!p.addBlocked}
            aria-disabled={!!p.addBlocked}
            onClick={() => p.dialog.openAdd()}
          >
            <MessageSquarePlus size={14} aria-hidden />
            Add finding
          </button>
        </Tip>
        <span className={frame.paneHeadStatus} aria-live="polite">
          {edit.saving ? <span className="muted">Saving…</span> : null}
          <EditConflict conflict={edit.conflict} />
          {fx.notice ? <span className="error">{fx.notice}</span> : null}
        </span>
      </div>
      <ProofEditor
        documentKey={p.documentKey}
        roundId={roundId}
        continues={edit.view.continues}
        initialText={edit.view.text}
        findingsText={edit.findingsRound?.proof ?? null}
        readOnly={edit.view.readOnly}
        placeholder={
          roundId === NEW_ROUND ? 'Write or paste your proof here, or press Generate.' : undefined
        }
        stream={streamingHere ? p.stream : null}
        findings={streamingHere ? [] : fx.findings}
        selectedFindingId={selected ? selected.id : null}
        onSelectFinding={fx.setSelectedId}
        onPlacementsChange={fx.onPlacementsChange}
        onTextChange={p.onTextChange}
        onFocusLine={p.onFocusLine}
        onReady={(api) => {
          fx.editorApi.current = api;
          edit.editorApi.current = api;
        }}
        onEdit={edit.onEdit}
        onAddFinding={p.addBlocked ? undefined : (at) => p.dialog.openAdd(at)}
        onSave={
          roundId && !edit.view.readOnly
            ? (proof, placements, options) => edit.save(roundId, proof, placements, options)
            : undefined
        }
        renderZone={() =>
          selected ? (
            <InlineFindingBox
              finding={selected}
              overriding={fx.zoneOverridingId === selected.id}
              onDecide={(d, note) => fx.decide(selected.id, d, note)}
              onOverride={(open) => fx.override(open ? selected.id : null, 'zone')}
              person={p.person}
            />
          ) : null
        }
      />
    </section>
  );
}
