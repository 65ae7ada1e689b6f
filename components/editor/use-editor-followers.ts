'use client';

import { type RefObject, useEffect } from 'react';
import type { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Followers = {
  onTextChange?: (text: string) => void;
  onFocusLine?: (line: number) => void;
};

const TEXT_DELAY_MS = 120;

/**
 * Tells followers (the live preview) what the editor shows: its text a moment after each
 * change — never per keystroke, which would cost a full `getValue()` on long proofs — and the
 * line the reader is at.
 */
export function useEditorFollowers(editor: CodeEditor | null, props: RefObject<Followers>) {
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const subs = [
      editor.onDidChangeModelContent(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => props.current.onTextChange?.(editor.getValue()), TEXT_DELAY_MS);
      }),
      editor.onDidChangeCursorPosition((e) => props.current.onFocusLine?.(e.position.lineNumber)),
      editor.onDidScrollChange((e) => {
        if (!e.scrollTopChanged) return;
        // The cursor's line while it is on screen, else the top of what the reader scrolled to.
        const visible = editor.getVisibleRanges();
        const cursor = editor.getPosition()?.lineNumber ?? 0;
        const onScreen = visible.some(
          (r) => r.startLineNumber <= cursor && cursor <= r.endLineNumber,
        );
        const line = onScreen ? cursor : visible[0]?.startLineNumber;
        if (line) props.current.onFocusLine?.(line);
      }),
    ];
    props.current.onTextChange?.(editor.getValue());
    return () => {
      if (timer) clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
  }, [editor, props]);
}
