'use client';

import { useEffect, useRef, useState } from 'react';
import { anchorRange, decorationOptions } from './finding-decorations';
import { monaco } from './monaco';
import type { EditorFinding } from './types';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Collection = ReturnType<CodeEditor['createDecorationsCollection']>;
type Props = {
  documentKey: string;
  findings: EditorFinding[];
  selectedFindingId: string | null;
  onSelectFinding: (id: string) => void;
};

/**
 * Keeps one decoration per anchored finding. Ranges are placed from the stored anchors only
 * when the set of findings or the document changes; afterwards Monaco moves them with edits,
 * and style changes (selection, decisions) reuse the ranges Monaco tracked.
 * Returns the current placement as JSON (for the page's `data-decorations`).
 */
export function useFindingDecorations(editor: CodeEditor | null, props: Props): string {
  const collection = useRef<Collection | null>(null);
  const order = useRef<EditorFinding[]>([]);
  const [placed, setPlaced] = useState('[]');
  const placementKey = `${props.documentKey}|${props.findings.map((f) => `${f.id}:${f.anchor?.startOffset}`).join(',')}`;
  const onSelect = useRef(props.onSelectFinding);
  onSelect.current = props.onSelectFinding;

  const report = () => {
    const ranges = collection.current?.getRanges() ?? [];
    setPlaced(
      JSON.stringify(
        order.current.map((f, i) => ({
          id: f.id,
          startLine: ranges[i]?.startLineNumber,
          endLine: ranges[i]?.endLineNumber,
        })),
      ),
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-place only when findings or the document change
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    collection.current ??= editor.createDecorationsCollection();
    const anchored = props.findings
      .map((f) => ({ f, range: anchorRange(monaco, model, f) }))
      .filter((x) => x.range !== null);
    order.current = anchored.map((x) => x.f);
    collection.current.set(
      anchored.map(({ f, range }) => ({
        range: range as NonNullable<typeof range>,
        options: decorationOptions(monaco, f, f.id === props.selectedFindingId),
      })),
    );
    report();
  }, [editor, placementKey]);

  // Restyle in place (selection, decisions) without moving what Monaco tracked.
  useEffect(() => {
    if (!collection.current) return;
    const byId = new Map(props.findings.map((f) => [f.id, f]));
    const ranges = collection.current.getRanges();
    collection.current.set(
      order.current.map((old, i) => {
        const f = byId.get(old.id) ?? old;
        return {
          range: ranges[i],
          options: decorationOptions(monaco, f, f.id === props.selectedFindingId),
        };
      }),
    );
    const sel = order.current.findIndex((f) => f.id === props.selectedFindingId);
    if (sel >= 0 && ranges[sel]) editor?.revealRangeInCenterIfOutsideViewport(ranges[sel]);
  }, [editor, props.findings, props.selectedFindingId]);

  // Clicking a highlighted range or its gutter icon selects the finding.
  // biome-ignore lint/correctness/useExhaustiveDependencies: report reads refs only
  useEffect(() => {
    if (!editor) return;
    const subs = [
      editor.onMouseDown((e) => {
        const pos = e.target.position;
        if (!pos || !collection.current) return;
        const ranges = collection.current.getRanges();
        const onGlyph = e.target.type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN;
        const hit = ranges.findIndex((r) =>
          onGlyph
            ? r.startLineNumber <= pos.lineNumber && pos.lineNumber <= r.endLineNumber
            : r.containsPosition(pos),
        );
        if (hit >= 0) onSelect.current(order.current[hit].id);
      }),
      editor.onDidChangeModelContent(() => report()),
    ];
    return () => {
      for (const s of subs) s.dispose();
    };
  }, [editor]);

  return placed;
}
