'use client';

import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { IncrementalChunks } from '@/lib/math/incremental-chunks';
import type { Finding, LivePlacement } from '@/lib/schemas';
import { type Marker, NO_MARKERS } from './PreviewChunk';
import { PreviewGroup } from './PreviewGroup';
import styles from './preview.module.css';
import { groupChunks } from './preview-groups';
import { chunkKeys } from './preview-keys';
import { useKatexFonts } from './use-katex-fonts';
import { NearViewContext, NearViewWatcher } from './use-lazy-chunk';
import { usePreviewScroll } from './use-preview-scroll';

/** Up to this many chunks everything renders at once; beyond, far chunks wait (see PreviewChunk). */
const ALL_AT_ONCE = 150;
/** Chunks before and after the focused one that render at once. */
const AROUND_FOCUS = 40;

/**
 * Which chunks of a group of `size` render at once: all, or those within AROUND_FOCUS of the
 * focus (`focus` relative to the group). Clipped, and [0, -1] when none, so that groups far
 * from the focus get the same props however the focus moves (their memo holds).
 */
function eagerRange(size: number, all: boolean, focus: number): [number, number] {
  if (all) return [0, size - 1];
  const from = Math.max(0, focus - AROUND_FOCUS);
  const to = Math.min(size - 1, focus + AROUND_FOCUS);
  return from <= to ? [from, to] : [0, -1];
}

/**
 * The proof as a reader sees it, beside the editor: rendered chunk by chunk, scrolled to the
 * editor's cursor line, with each finding marked on the chunk that holds its lines. While the
 * editor shows the end (as it does while following a streaming draft), the preview keeps its
 * end in view.
 */
export function ProofPreview({
  text,
  streaming,
  focusLine,
  findings,
  live,
  selectedId,
  onSelect,
}: {
  text: string;
  streaming: boolean;
  focusLine: number;
  findings: Finding[];
  live: Map<string, LivePlacement>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  // New text is typeset at transition priority: in slices of a few milliseconds, never in one
  // long task, even when it arrives in an urgent update (the end of a run switching the preview
  // to the stored proof; a live update is a transition already and shows at once).
  const shownText = useDeferredValue(text);
  useKatexFonts();
  // A streamed proof grows at its end: only its last chunks are split again per update.
  const [chunker] = useState(() => new IncrementalChunks());
  const chunks = useMemo(() => chunker.update(shownText), [chunker, shownText]);
  const keys = useMemo(() => chunkKeys(chunks), [chunks]);
  const groups = useMemo(() => groupChunks(keys), [keys]);
  const container = useRef<HTMLDivElement>(null);
  const [watcher] = useState(() => new NearViewWatcher());
  useEffect(() => () => watcher.disconnect(), [watcher]);
  useEffect(() => watcher.setIdleFill(!streaming), [watcher, streaming]);
  const markers: Marker[] = findings
    .filter((f) => f.anchor)
    .map((f) => {
      const p = live.get(f.id);
      return {
        id: f.id,
        severity: f.severity,
        startLine: p?.startLine ?? f.anchor?.startLine ?? 1,
        endLine: p?.endLine ?? f.anchor?.endLine ?? 1,
      };
    });

  // A focus past the last chunk (the editor reports its last line) is the end.
  const found = chunks.findIndex((c) => c.endLine >= focusLine);
  const focusIndex = found === -1 ? chunks.length - 1 : found;
  // At the end (the editor shows it, or its cursor is on the last line): keep the end in view
  // while text arrives, and while chunks above settle their heights once it has.
  usePreviewScroll(container, groups, focusIndex, focusIndex === chunks.length - 1, streaming);

  return (
    <NearViewContext.Provider value={watcher}>
      <div className={styles.preview} data-testid="proof-preview" ref={container}>
        {groups.map((g) => {
          const lines = { start: chunks[g.from].startLine, end: chunks[g.to - 1].endLine };
          const here = markers.filter((m) => m.startLine <= lines.end && m.endLine >= lines.start);
          const eager = eagerRange(
            g.to - g.from,
            chunks.length <= ALL_AT_ONCE,
            focusIndex - g.from,
          );
          return (
            <PreviewGroup
              key={g.key}
              chunks={chunks.slice(g.from, g.to)}
              keys={keys.slice(g.from, g.to)}
              focus={focusIndex >= g.from && focusIndex < g.to ? focusIndex - g.from : -1}
              streamingTail={streaming && g.to === chunks.length}
              eagerFrom={eager[0]}
              eagerTo={eager[1]}
              markers={here.length ? here : NO_MARKERS}
              selectedId={here.some((m) => m.id === selectedId) ? selectedId : null}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </NearViewContext.Provider>
  );
}
