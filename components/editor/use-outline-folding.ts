'use client';

import { useEffect } from 'react';
import { foldingRanges } from '@/lib/structure/folding';
import { buildOutline } from '@/lib/structure/outline';
import { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/**
 * Folding follows the proof's outline: a lemma, its proof, a case or a section folds as a
 * whole. Monaco asks again (debounced) after each change, so the ranges follow edits.
 */
export function useOutlineFolding(editor: CodeEditor | null) {
  useEffect(() => {
    if (!editor) return;
    const provider = monaco.languages.registerFoldingRangeProvider('markdown', {
      provideFoldingRanges: (model) =>
        model === editor.getModel()
          ? foldingRanges(buildOutline(model.getValue()).nodes).map((r) => ({
              ...r,
              kind: monaco.languages.FoldingRangeKind.Region,
            }))
          : [],
    });
    return () => provider.dispose();
  }, [editor]);
}
