'use client';

import { memo, useEffect, useMemo, useRef } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { sourceChunks } from '@/lib/math/sourceChunks';
import type { Finding, LivePlacement } from '@/lib/schemas';
import { chunkKeys } from './preview-keys';
import { revealInPreview } from './preview-scroll';

type Marker = { id: string; severity: Finding['severity']; startLine: number; endLine: number };

const Chunk = memo(function Chunk({ text, streaming }: { text: string; streaming: boolean }) {
  return <MathMarkdown text={text} streaming={streaming} />;
});

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
    const el = container.current?.querySelector<HTMLElement>(`[data-chunk-end-gte="true"]`);
    if (el) revealInPreview(el);
  }, [focusIndex, chunks]);

  return (
    <div className="proof-preview" data-testid="proof-preview" ref={container}>
      {chunks.map((c, i) => {
        const here = markers.filter((m) => m.startLine <= c.endLine && m.endLine >= c.startLine);
        const worst =
          here.find((m) => m.severity === 'critical') ??
          here.find((m) => m.severity === 'gap') ??
          here[0];
        return (
          <div
            key={keys[i]}
            className={`preview-chunk${worst ? ` has-finding sev-${worst.severity}` : ''}${i === focusIndex ? ' is-focus' : ''}`}
            data-start-line={c.startLine}
            data-end-line={c.endLine}
            data-chunk-end-gte={i === focusIndex ? 'true' : undefined}
          >
            {here.length ? (
              <div className="preview-markers">
                {here.map((m) => (
                  <button
                    type="button"
                    key={m.id}
                    className={`preview-marker sev-${m.severity}${m.id === selectedId ? ' is-selected' : ''}`}
                    data-testid="preview-finding"
                    title={`${m.severity} · L${m.startLine}${m.endLine !== m.startLine ? `–${m.endLine}` : ''}`}
                    onClick={() => onSelect(m.id)}
                  >
                    ●
                  </button>
                ))}
              </div>
            ) : null}
            <Chunk text={c.text} streaming={streaming && i === chunks.length - 1} />
          </div>
        );
      })}
    </div>
  );
}
