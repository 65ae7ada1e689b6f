'use client';

import { useEffect, useState } from 'react';
import type { monaco } from './monaco';
import { type StickToEnd, stickToEnd } from './stick-to-end';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/**
 * The editor's "stay at the end" state, for the editor's whole life rather than one
 * stream's: a layout change just after a stream ended still keeps its end in view.
 */
export function useStickToEnd(editor: CodeEditor | null): StickToEnd | null {
  const [end, setEnd] = useState<StickToEnd | null>(null);
  useEffect(() => {
    if (!editor) return;
    const created = stickToEnd(editor);
    setEnd(created);
    return () => {
      created.dispose();
      setEnd(null);
    };
  }, [editor]);
  return end;
}
