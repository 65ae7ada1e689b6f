'use client';

import { useEffect } from 'react';
import { foldingRanges } from '@/lib/structure/folding';
import { buildOutline } from '@/lib/structure/outline';
import { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/** Past this size the outline is not recomputed for folding (about 50 ms on a quiet machine). */
const MAX_FOLDING_CHARS = 300_000;

/**
 * Folding follows the proof's outline: a lemma, its proof, a case or a section folds as a
 * whole. Monaco asks again (debounced) after each change, so the ranges follow edits. While a
 * draft streams in nothing is folded (the outline would be recomputed on every frame's text);
 * when the stream ends the provider is registered anew, which makes Monaco ask again even if
 * the finished text equals the streamed one.
 */
export function useOutlineFolding(editor: CodeEditor | null, streaming: boolean) {
  useEffect(() => {
    if (!editor || streaming) return;
    const provider = monaco.languages.registerFoldingRangeProvider('markdown', {
      provideFoldingRanges: (model) => {
        if (model !== editor.getModel()) return [];
        if (model.getValueLength() > MAX_FOLDING_CHARS) return [];
        return foldingRanges(buildOutline(model.getValue()).nodes).map((r) => ({
          ...r,
          kind: monaco.languages.FoldingRangeKind.Region,
        }));
      },
    });
    return () => provider.dispose();
  }, [editor, streaming]);
}
