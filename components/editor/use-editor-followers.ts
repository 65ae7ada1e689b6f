'use client';

import { type RefObject, useEffect, useRef } from 'react';
import type { monaco } from './monaco';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Followers = {
  onTextChange?: (text: string) => void;
  onFocusLine?: (line: number) => void;
};

const TEXT_DELAY_MS = 120;

/**
 * The focus "line" of a view that shows the end of the text: past any line, and the same
 * value however the text grows, so a streamed draft followed to its end changes no state.
 */
export const END_OF_TEXT = Number.MAX_SAFE_INTEGER;

/**
 * Tells followers (the live preview) what the editor shows: its text a moment after each
 * change — never per keystroke, which would cost a full `getValue()` on long proofs — and the
 * line the reader is at. While a stream appends (`streaming`), followers read the stream
 * itself, so its appends are not reported one by one (each report re-rendered the workbench);
 * the text is reported once the stream has ended.
 */
export function useEditorFollowers(
  editor: CodeEditor | null,
  props: RefObject<Followers>,
  remoteChange: RefObject<boolean>,
  streaming: boolean,
) {
  const streamingNow = useRef(streaming);
  streamingNow.current = streaming;
  useEffect(() => {
    if (editor && !streaming) props.current.onTextChange?.(editor.getValue());
  }, [editor, props, streaming]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const visibleEnd = () => {
      const last = editor.getModel()?.getLineCount() ?? 0;
      return editor.getVisibleRanges().at(-1)?.endLineNumber === last ? END_OF_TEXT : 0;
    };
    const subs = [
      editor.onDidChangeModelContent((e) => {
        const streamed = remoteChange.current && !e.isFlush;
        if (!(streamed && streamingNow.current)) {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => props.current.onTextChange?.(editor.getValue()), TEXT_DELAY_MS);
        }
        // Streamed text (appended, not a whole new text) while the view shows the end: the
        // reader is at the (new) end.
        const end = streamed ? visibleEnd() : 0;
        if (end) props.current.onFocusLine?.(end);
      }),
      editor.onDidChangeCursorPosition((e) => props.current.onFocusLine?.(e.position.lineNumber)),
      editor.onDidScrollChange((e) => {
        if (!e.scrollTopChanged) return;
        // The end when the view shows it (where a streaming draft is followed),
        // else the cursor's line while it is on screen, else the top of what the reader
        // scrolled to.
        const visible = editor.getVisibleRanges();
        const cursor = editor.getPosition()?.lineNumber ?? 0;
        const onScreen = visible.some(
          (r) => r.startLineNumber <= cursor && cursor <= r.endLineNumber,
        );
        const line = visibleEnd() || (onScreen ? cursor : visible[0]?.startLineNumber);
        if (line) props.current.onFocusLine?.(line);
      }),
    ];
    return () => {
      if (timer) clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
  }, [editor, props, remoteChange]);
}
