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
 * the finished draft replaces the text, and Monaco asks again then.
 */
export function useOutlineFolding(editor: CodeEditor | null, streaming: { current: boolean }) {
  useEffect(() => {
    if (!editor) return;
    const provider = monaco.languages.registerFoldingRangeProvider('markdown', {
      provideFoldingRanges: (model) => {
        if (model !== editor.getModel() || streaming.current) return [];
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
