'use client';

import { memo } from 'react';
import type { SourceChunk } from '@/lib/math/source-chunks';
import { type Marker, NO_MARKERS, PreviewChunk } from './PreviewChunk';
import styles from './preview.module.css';

type Props = {
  chunks: SourceChunk[];
  keys: string[];
  /** Index (in the group) of the chunk under the editor's cursor, or -1. */
  focus: number;
  /** Whether the group's last chunk is the end of a draft still streaming. */
  streamingTail: boolean;
  /** Chunks (in the group) from `eagerFrom` to `eagerTo` render at once; see PreviewChunk. */
  eagerFrom: number;
  eagerTo: number;
  /** Findings whose lines touch the group (NO_MARKERS when none). */
  markers: Marker[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

const sameChunks = (a: SourceChunk[], b: SourceChunk[]) =>
  a.length === b.length &&
  a.every(
    (c, i) => c.text === b[i].text && c.startLine === b[i].startLine && c.endLine === b[i].endLine,
  );

/**
 * About 32 chunks of the preview in one box. Memoised on the chunks' content: while a draft
 * streams, the preview renders once per frame, but only the last group (and the one with the
 * focus) renders again — not every chunk of a long proof.
 */
export const PreviewGroup = memo(
  function PreviewGroup(p: Props) {
    return (
      <div className={styles.group}>
        {p.chunks.map((c, i) => {
          const here = p.markers.filter(
            (m) => m.startLine <= c.endLine && m.endLine >= c.startLine,
          );
          return (
            <PreviewChunk
              key={p.keys[i]}
              text={c.text}
              startLine={c.startLine}
              endLine={c.endLine}
              focus={i === p.focus}
              streaming={p.streamingTail && i === p.chunks.length - 1}
              eager={i >= p.eagerFrom && i <= p.eagerTo}
              markers={here.length ? here : NO_MARKERS}
              selectedId={here.some((m) => m.id === p.selectedId) ? p.selectedId : null}
              onSelect={p.onSelect}
            />
          );
        })}
      </div>
    );
  },
  (a, b) =>
    a.focus === b.focus &&
    a.streamingTail === b.streamingTail &&
    a.eagerFrom === b.eagerFrom &&
    a.eagerTo === b.eagerTo &&
    a.markers === b.markers &&
    a.selectedId === b.selectedId &&
    a.onSelect === b.onSelect &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i]) &&
    sameChunks(a.chunks, b.chunks),
);
