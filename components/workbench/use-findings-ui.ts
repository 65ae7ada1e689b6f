'use client';

import { useMemo, useRef, useState } from 'react';
import { anchorInWorker } from '@/components/editor/anchor-client';
import type { EditorApi } from '@/components/editor/ProofEditorInner';
import { stampAnchor } from '@/lib/findings/anchor-status';
import type { Decision, LivePlacement, Round } from '@/lib/schemas';
import { sortFindings } from './FindingsPanel';
import { findingLife } from './finding-life';
import { useFindingKeys } from './use-finding-keys';

export type OverrideWhere = 'card' | 'zone';

type Actions = {
  decide: (v: { id: string; decision: Decision; note?: string }) => void;
  /** Asks the person whether to keep a note when the decision changes. */
  confirmKeepNote: (note: string) => boolean;
  saveProof: (v: { roundId: string; proof: string; placements?: LivePlacement[] }) => void;
  /** Saves a pending edit now and waits; resolves to the round that holds the text. */
  flushEdits: () => Promise<string | null>;
};

/** Selection, live placement, re-anchoring and keyboard control of the open round's findings. */
export function useFindingsUi(rounds: Round[], round: Round | null, actions: Actions) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Where the override note is being written: the card in the list, or the editor's box.
  const [overriding, setOverriding] = useState<{ id: string; where: OverrideWhere } | null>(null);
  const [live, setLive] = useState(new Map<string, LivePlacement>());
  const [notice, setNotice] = useState<string | null>(null);
  const editorApi = useRef<EditorApi | null>(null);
  const findings = round?.findings ?? [];
  const life = useMemo(() => findingLife(rounds), [rounds]);
  const ordered = useMemo(() => sortFindings(findings), [findings]);

  // A note goes to the model and into exports whatever the decision: changing the decision
  // of a finding with a note asks whether the note still stands.
  const decide = (id: string, decision: Decision, note?: string) => {
    const f = findings.find((x) => x.id === id);
    let keep = note;
    if (keep === undefined && f?.note && decision !== 'overridden' && decision !== f.decision) {
      keep = actions.confirmKeepNote(f.note) ? f.note : '';
    }
    actions.decide({ id, decision, note: keep });
  };
  const override = (id: string | null, where: OverrideWhere = 'card') => {
    if (id) setSelectedId(id);
    setOverriding(id ? { id, where } : null);
  };

  const reanchor = async (id: string) => {
    const f = findings.find((x) => x.id === id);
    const api = editorApi.current;
    if (!f || !api || !round) return;
    // The edit typed just before the click is saved first: its own save (which may fork a
    // verified round) must not land after the re-anchored places and overwrite them.
    const target = (await actions.flushEdits().catch(() => null)) ?? round.id;
    const text = api.getText();
    const placed = await anchorInWorker(text, [
      { quote: f.quote, lines: f.citedLines, context: f.description },
    ]).catch((e: Error) => e);
    if (placed instanceof Error) {
      setNotice(`${placed.message}; reload the page to place the finding again.`);
      return;
    }
    const [anchor] = placed;
    if (!anchor || anchor.confidence === 'orphan') {
      setNotice('The quoted text is no longer in the proof; the finding stays where it was.');
      return;
    }
    setNotice(null);
    api.moveFinding(id, stampAnchor(text, anchor) ?? anchor);
    actions.saveProof({ roundId: target, proof: text, placements: api.placements() });
  };

  useFindingKeys({ ordered, selectedId, select: setSelectedId, decide, override });

  return {
    findings,
    selectedId,
    setSelectedId,
    overridingId: overriding?.where === 'card' ? overriding.id : null,
    zoneOverridingId: overriding?.where === 'zone' ? overriding.id : null,
    override,
    live,
    onPlacementsChange: (list: LivePlacement[]) =>
      setLive(new Map(list.map((p) => [p.findingId, p]))),
    editorApi,
    decide,
    reanchor,
    notice,
    lifeOf: life.lifeOf,
    resolved: life.resolvedIn(round),
  };
}
