'use client';

import { useEffect, useRef, useState } from 'react';
import { anchorStatus } from '@/lib/findings/anchor-status';
import type { Anchor, LivePlacement } from '@/lib/schemas';
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
  onPlacementsChange?: (placements: LivePlacement[]) => void;
};
type Placed = { finding: EditorFinding; original: string };

export type DecorationsApi = {
  placements(): LivePlacement[];
  /** Puts one finding on a new anchor (after "re-anchor"). */
  moveFinding(id: string, anchor: Anchor): void;
};

/**
 * Keeps one decoration per anchored finding. Ranges are placed from the stored anchors only
 * when the set of findings or the document changes; afterwards Monaco moves them with edits,
 * and style changes (selection, decisions) reuse the ranges Monaco tracked. After each edit
 * it reports where each finding now is and whether its text is current, modified or outdated.
 */
export function useFindingDecorations(editor: CodeEditor | null, props: Props) {
  const collection = useRef<Collection | null>(null);
  const placed = useRef<Placed[]>([]);
  const [json, setJson] = useState('[]');
  const placementKey = `${props.documentKey}|${props.findings.map((f) => `${f.id}:${f.anchor?.startOffset}:${f.anchor?.endOffset}`).join(',')}`;
  const latest = useRef(props);
  latest.current = props;

  const placements = (): LivePlacement[] => {
    const model = editor?.getModel();
    const ranges = collection.current?.getRanges() ?? [];
    if (!model) return [];
    return placed.current.map((p, i) => {
      const r = ranges[i];
      const orphan = p.finding.anchor?.confidence === 'orphan';
      const now = r ? model.getValueInRange(r) : '';
      return {
        findingId: p.finding.id,
        startLine: r?.startLineNumber ?? 1,
        endLine: r?.endLineNumber ?? 1,
        startOffset: r ? model.getOffsetAt(r.getStartPosition()) : 0,
        endOffset: r ? model.getOffsetAt(r.getEndPosition()) : 0,
        status: orphan ? 'current' : anchorStatus(p.original, now),
      };
    });
  };

  const report = () => {
    const list = placements();
    setJson(
      JSON.stringify(
        list.map((p) => ({
          id: p.findingId,
          startLine: p.startLine,
          endLine: p.endLine,
          status: p.status,
        })),
      ),
    );
    latest.current.onPlacementsChange?.(list);
  };

  const restyle = () => {
    if (!collection.current) return;
    const byId = new Map(latest.current.findings.map((f) => [f.id, f]));
    const ranges = collection.current.getRanges();
    const sel = latest.current.selectedFindingId;
    collection.current.set(
      placed.current.map((p, i) => {
        const f = byId.get(p.finding.id) ?? p.finding;
        return { range: ranges[i], options: decorationOptions(monaco, f, f.id === sel) };
      }),
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-place only when findings or the document change
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    collection.current ??= editor.createDecorationsCollection();
    const anchored = latest.current.findings
      .map((f) => ({ f, range: anchorRange(monaco, model, f) }))
      .filter(
        (x): x is { f: EditorFinding; range: NonNullable<typeof x.range> } => x.range !== null,
      );
    placed.current = anchored.map(({ f, range }) => ({
      finding: f,
      original: f.anchor?.text ?? model.getValueInRange(range),
    }));
    const sel = latest.current.selectedFindingId;
    collection.current.set(
      anchored.map(({ f, range }) => ({
        range,
        options: decorationOptions(monaco, f, f.id === sel),
      })),
    );
    report();
  }, [editor, placementKey]);

  // Restyle in place (selection, decisions) without moving what Monaco tracked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restyles on findings/selection only
  useEffect(() => {
    restyle();
    const i = placed.current.findIndex((p) => p.finding.id === props.selectedFindingId);
    const range = collection.current?.getRanges()[i];
    if (range) editor?.revealRangeInCenterIfOutsideViewport(range);
  }, [editor, props.findings, props.selectedFindingId]);

  // Clicking a highlighted range or its gutter icon selects the finding; edits re-report.
  // biome-ignore lint/correctness/useExhaustiveDependencies: handlers read refs only
  useEffect(() => {
    if (!editor) return;
    const subs = [
      editor.onMouseDown((e) => {
        // A click inside the comment box under a finding (a view zone) belongs to the box:
        // Monaco still reports a text position for it, which must not move the selection.
        if (e.target.type === monaco.editor.MouseTargetType.CONTENT_VIEW_ZONE) return;
        const pos = e.target.position;
        if (!pos || !collection.current) return;
        const ranges = collection.current.getRanges();
        const onGlyph = e.target.type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN;
        const hit = ranges.findIndex((r) =>
          onGlyph
            ? r.startLineNumber <= pos.lineNumber && pos.lineNumber <= r.endLineNumber
            : r.containsPosition(pos),
        );
        if (hit >= 0) latest.current.onSelectFinding(placed.current[hit].finding.id);
      }),
      editor.onDidChangeModelContent(() => report()),
    ];
    return () => {
      for (const s of subs) s.dispose();
    };
  }, [editor]);

  const api: DecorationsApi = {
    placements,
    moveFinding(id, anchor) {
      const model = editor?.getModel();
      const i = placed.current.findIndex((p) => p.finding.id === id);
      if (!model || !collection.current || i < 0) return;
      const finding = { ...placed.current[i].finding, anchor };
      const range = anchorRange(monaco, model, finding);
      if (!range) return;
      placed.current[i] = { finding, original: model.getValueInRange(range) };
      const ranges = collection.current.getRanges();
      ranges[i] = range;
      const sel = latest.current.selectedFindingId;
      collection.current.set(
        placed.current.map((p, j) => ({
          range: ranges[j],
          options: decorationOptions(monaco, p.finding, p.finding.id === sel),
        })),
      );
      report();
    },
  };
  return { json, api, collection, placed };
}
