'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { sourceChunks } from '@/lib/math/sourceChunks';
import type { Finding, LivePlacement } from '@/lib/schemas';
import { type Marker, NO_MARKERS, PreviewChunk } from './PreviewChunk';
import { chunkKeys } from './preview-keys';
import { revealInPreview } from './preview-scroll';
import { NearViewContext, NearViewWatcher } from './use-lazy-chunk';

/** Up to this many chunks everything renders at once; beyond, far chunks wait (see PreviewChunk). */
const ALL_AT_ONCE = 150;
/** Chunks before and after the focused one that render at once. */
const AROUND_FOCUS = 40;

/**
 * The proof as a reader sees it, beside the editor: rendered chunk by chunk, scrolled to the
 * editor's cursor line, with each finding marked on the chunk that holds its lines.
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
  const chunks = useMemo(() => sourceChunks(text), [text]);
  const keys = useMemo(() => chunkKeys(chunks), [chunks]);
  const container = useRef<HTMLDivElement>(null);
  const [watcher] = useState(() => new NearViewWatcher());
  useEffect(() => () => watcher.disconnect(), [watcher]);
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

  const focusIndex = chunks.findIndex((c) => c.endLine >= focusLine);
  // Keep the chunk under the editor's cursor in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: also after the chunks change (the focused one may have moved)
  useEffect(() => {
    // One child per chunk, in order: no selector query over a large document.
    const el = container.current?.children[focusIndex];
    if (el instanceof HTMLElement) revealInPreview(el);
  }, [focusIndex, chunks]);

  return (
    <NearViewContext.Provider value={watcher}>
      <div className="proof-preview" data-testid="proof-preview" ref={container}>
        {chunks.map((c, i) => {
          const here = markers.filter((m) => m.startLine <= c.endLine && m.endLine >= c.startLine);
          return (
            <PreviewChunk
              key={keys[i]}
              text={c.text}
              startLine={c.startLine}
              endLine={c.endLine}
              focus={i === focusIndex}
              streaming={streaming && i === chunks.length - 1}
              eager={chunks.length <= ALL_AT_ONCE || Math.abs(i - focusIndex) <= AROUND_FOCUS}
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
