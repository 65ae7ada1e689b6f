'use client';

import { useMemo, useRef, useState } from 'react';
import { anchorInWorker } from '@/components/editor/anchor-client';
import type { EditorApi } from '@/components/editor/ProofEditorInner';
import { stampAnchor } from '@/lib/findings/anchor-status';
import type { Decision, LivePlacement, Round } from '@/lib/schemas';
import { sortFindings } from './FindingsPanel';
import { findingLife } from './finding-life';
import { useFindingKeys } from './use-finding-keys';

type Actions = {
  decide: (v: { id: string; decision: Decision; note?: string }) => void;
  saveProof: (v: { roundId: string; proof: string; placements?: LivePlacement[] }) => void;
};

/** Selection, live placement, re-anchoring and keyboard control of the open round's findings. */
export function useFindingsUi(rounds: Round[], round: Round | null, actions: Actions) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [overridingId, setOverridingId] = useState<string | null>(null);
  const [live, setLive] = useState(new Map<string, LivePlacement>());
  const [notice, setNotice] = useState<string | null>(null);
  const editorApi = useRef<EditorApi | null>(null);
  const findings = round?.findings ?? [];
  const life = useMemo(() => findingLife(rounds), [rounds]);
  const ordered = useMemo(() => sortFindings(findings), [findings]);

  const decide = (id: string, decision: Decision, note?: string) =>
    actions.decide({ id, decision, note });
  const override = (id: string | null) => {
    if (id) setSelectedId(id);
    setOverridingId(id);
  };

  const reanchor = async (id: string) => {
    const f = findings.find((x) => x.id === id);
    const api = editorApi.current;
    if (!f || !api || !round) return;
    const text = api.getText();
    const [anchor] = await anchorInWorker(text, [{ quote: f.quote, lines: f.citedLines }]);
    if (!anchor || anchor.confidence === 'orphan') {
      setNotice('The quoted text is no longer in the proof; the finding stays where it was.');
      return;
    }
    setNotice(null);
    api.moveFinding(id, stampAnchor(text, anchor) ?? anchor);
    actions.saveProof({ roundId: round.id, proof: text, placements: api.placements() });
  };

  useFindingKeys({ ordered, selectedId, select: setSelectedId, decide, override });

  return {
    findings,
    selectedId,
    setSelectedId,
    overridingId,
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
