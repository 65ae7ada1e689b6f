'use client';

import { useEffect, useRef, useState } from 'react';
import type { LivePlacement } from '@/lib/schemas';
import { FindingDecorations } from './finding-decorations';
import { monaco } from './monaco';
import type { EditorFinding } from './types';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Props = {
  documentKey: string;
  /** The text the findings' anchors were computed on; null while a stream writes it. */
  storedText: string | null;
  findings: EditorFinding[];
  selectedFindingId: string | null;
  onSelectFinding: (id: string) => void;
  onPlacementsChange?: (placements: LivePlacement[]) => void;
};

/** Where each finding is drawn, as the editor's `data-decorations` (read by the e2e tests). */
function summary(list: LivePlacement[]): string {
  return JSON.stringify(
    list.map((p) => ({
      id: p.findingId,
      startLine: p.startLine,
      endLine: p.endLine,
      status: p.status,
    })),
  );
}

/**
 * The editor's finding decorations (`FindingDecorations`) for as long as the editor lives,
 * told of every change of findings, selection or document. Must run after the effects that
 * replace the text, so that findings are placed on the new text.
 */
export function useFindingDecorations(editor: CodeEditor | null, props: Props) {
  const [layer, setLayer] = useState<FindingDecorations | null>(null);
  const [json, setJson] = useState('[]');
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!editor) return;
    const created = new FindingDecorations(editor, monaco, {
      onSelect: (id) => latest.current.onSelectFinding(id),
      onPlacements: (list) => {
        setJson(summary(list));
        latest.current.onPlacementsChange?.(list);
      },
    });
    setLayer(created);
    return () => {
      created.dispose();
      setLayer(null);
    };
  }, [editor]);

  useEffect(() => {
    layer?.update(props.findings, props.selectedFindingId, props.documentKey, props.storedText);
  }, [layer, props.findings, props.selectedFindingId, props.documentKey, props.storedText]);

  return { json, layer };
}
