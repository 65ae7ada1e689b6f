'use client';

import { useState } from 'react';
import type { EditorApi } from '@/components/editor/ProofEditorInner';
import type { EditorSelection } from '@/components/editor/selection';
import type { usePersonFindings } from '@/hooks/use-person-findings';
import type { Finding, FindingContent } from '@/lib/schemas';

type Person = ReturnType<typeof usePersonFindings>;

/** The dialog is writing a new finding on a selection, or rewording a person's finding. */
export type DialogState =
  | { mode: 'add'; at: EditorSelection }
  | { mode: 'edit'; finding: Finding }
  | null;

const linesOf = (a: { startLine: number; endLine: number }) =>
  a.startLine === a.endLine ? `L${a.startLine}` : `L${a.startLine}–${a.endLine}`;

/**
 * The finding dialog of the workbench. Adding saves the editor's pending edit first (which
 * may make a new round), then adds the finding to the round that holds the text the person
 * selected, and selects it so that its box opens under the lines.
 */
export function useFindingDialog(deps: {
  roundId: string | null;
  /** No finding can be added now (a draft is streaming, no proof, round already refined). */
  blocked: string | null;
  editorApi: { current: EditorApi | null };
  flushEdits: () => Promise<string | null>;
  person: Person;
  select: (id: string) => void;
}) {
  const [state, setState] = useState<DialogState>(null);
  const { add, edit } = deps.person;

  const openAdd = (at?: EditorSelection | null) => {
    if (deps.blocked || !deps.roundId) return;
    const where = at ?? deps.editorApi.current?.selection();
    if (!where) return;
    add.reset();
    setState({ mode: 'add', at: where });
  };
  const openEdit = (finding: Finding) => {
    edit.reset();
    setState({ mode: 'edit', finding });
  };
  const close = () => setState(null);

  const submit = async (content: FindingContent) => {
    if (!state) return;
    if (state.mode === 'edit') {
      edit.mutate({ id: state.finding.id, patch: content }, { onSuccess: close });
      return;
    }
    const target = (await deps.flushEdits().catch(() => null)) ?? deps.roundId;
    if (!target) return;
    add.mutate(
      { roundId: target, input: { ...state.at.selection, ...content } },
      {
        onSuccess: (f) => {
          close();
          deps.select(f.id);
        },
      },
    );
  };

  const pending = state?.mode === 'edit' ? edit : add;
  return {
    state,
    openAdd,
    openEdit,
    close,
    submit,
    busy: pending.isPending,
    error: (pending.error as Error | null)?.message ?? null,
    where:
      state?.mode === 'add'
        ? linesOf(state.at.selection)
        : state?.finding.anchor
          ? linesOf(state.finding.anchor)
          : undefined,
    quote: state?.mode === 'add' ? state.at.quote : state?.finding.quote,
  };
}
