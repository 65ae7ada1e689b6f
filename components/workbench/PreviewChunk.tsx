'use client';

import { memo, useRef } from 'react';
import { ChunkMarkdown } from '@/components/math/ChunkMarkdown';
import { Tip } from '@/components/ui/Tip';
import type { Finding } from '@/lib/schemas';
import styles from './preview.module.css';
import { useShowWhenNear } from './use-lazy-chunk';

export type Marker = {
  id: string;
  severity: Finding['severity'];
  startLine: number;
  endLine: number;
};

/** Shared by every chunk without findings, so memo sees "no change". */
export const NO_MARKERS: Marker[] = [];

type Props = {
  text: string;
  startLine: number;
  endLine: number;
  focus: boolean;
  /** The chunk at the end of a draft that is still streaming. */
  streaming: boolean;
  /** Render at once (near the focus, or a short proof); else when near the view or idle. */
  eager: boolean;
  markers: Marker[];
  /** The selected finding, when it is one of `markers` (else null, so other rows skip). */
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/**
 * One chunk of the preview with its findings' markers. Memoised on plain props: while a
 * draft streams, the preview renders once per frame and only the growing last chunk (and the
 * focus moving) may render again — not the thousand chunks above it. Far from the view of a
 * long proof, its content waits (see `useShowWhenNear`).
 */
export const PreviewChunk = memo(function PreviewChunk(p: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useShowWhenNear(ref, p.eager);
  const worst =
    p.markers.find((m) => m.severity === 'critical') ??
    p.markers.find((m) => m.severity === 'gap') ??
    p.markers[0];
  return (
    <div
      ref={ref}
      className={`${styles.chunk} ${p.focus ? styles.focus : ''}`}
      data-testid="preview-chunk"
      data-severity={worst?.severity}
      data-focus={p.focus ? 'true' : undefined}
      data-start-line={p.startLine}
      data-end-line={p.endLine}
    >
      {p.markers.length ? (
        <div className={styles.markers}>
          {p.markers.map((m) => (
            <Tip
              key={m.id}
              side="left"
              label={`${m.severity} · L${m.startLine}${m.endLine !== m.startLine ? `–${m.endLine}` : ''}`}
            >
              <button
                type="button"
                className={`${styles.marker} ${m.id === p.selectedId ? styles.selected : ''}`}
                data-severity={m.severity}
                data-testid="preview-finding"
                aria-label={`${m.severity} finding, line ${m.startLine}`}
                onClick={() => p.onSelect(m.id)}
              >
                ●
              </button>
            </Tip>
          ))}
        </div>
      ) : null}
      {shown ? (
        <ChunkMarkdown text={p.text} streaming={p.streaming} />
      ) : (
        // Not rendered yet: about the height it will take, so the scrollbar is roughly right.
        <div style={{ height: `${1.6 * (p.endLine - p.startLine + 1)}em` }} />
      )}
    </div>
  );
});
