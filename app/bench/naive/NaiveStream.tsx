'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import { api } from '@/lib/client';
import { katexOptions } from '@/lib/math/katex-options';
import { normalizeTex } from '@/lib/math/normalize-tex';
import { REMARK_PLUGINS } from '@/lib/math/remark-plugins';

const REHYPE = [[rehypeKatex, { ...katexOptions(false), throwOnError: false }]] as never;

/**
 * What many chat UIs do: every SSE text event appends to state, and the whole document is
 * normalised, parsed and typeset again — no blocks, no memo, no frame coalescing, no KaTeX
 * cache — then scrolled to its end so the reader follows the newest text. Same output as the
 * workbench preview, so the difference is only the cost.
 */
export function NaiveStream({ sessionId }: { sessionId: string }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('idle');
  const preview = useRef<HTMLDivElement>(null);
  // After every render, before paint: to the bottom (`scrollTop = scrollHeight`).
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new text is a render to follow
  useLayoutEffect(() => {
    const el = preview.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [text]);

  const generate = async () => {
    const { runId } = await api.runs.start(sessionId, { kind: 'generate' });
    const es = new EventSource(api.runs.eventsUrl(runId));
    es.onmessage = (msg) => {
      const e = JSON.parse(msg.data) as { type: string; delta?: string; status?: string };
      if (e.type === 'text') setText((t) => t + e.delta);
      else if (e.type === 'status' && e.status) {
        setStatus(e.status);
        if (['succeeded', 'failed', 'stopped', 'interrupted'].includes(e.status)) es.close();
      }
    };
  };

  return (
    <main style={{ display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' }}>
      <p>
        <button type="button" data-testid="generate-button" onClick={() => void generate()}>
          Generate
        </button>{' '}
        <span data-testid="run-status" data-status={status}>
          {status}
        </span>
      </p>
      <div
        className="math-markdown"
        data-testid="proof-preview"
        ref={preview}
        style={{ overflow: 'auto' }}
      >
        <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={REHYPE}>
          {normalizeTex(text)}
        </Markdown>
      </div>
    </main>
  );
}
