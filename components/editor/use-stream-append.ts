'use client';

import { type RefObject, useEffect } from 'react';
import type { monaco } from './monaco';
import type { TextStream } from './types';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/** Within this many pixels of the bottom, the reader is "at the end" and the view follows. */
const FOLLOW_SLACK_PX = 40;

/**
 * Appends a live stream at the end of the editor, batched per animation frame: one edit per
 * frame however many tokens arrived, and never a round-trip of the whole text through React.
 */
export function useStreamAppend(
  editor: CodeEditor | null,
  stream: TextStream | null,
  remoteChange: RefObject<boolean>,
) {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || !stream) return;
    remoteChange.current = true;
    model.setValue(stream.getText());
    remoteChange.current = false;
    let pending: string[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      if (!pending.length) return;
      const text = pending.join('');
      pending = [];
      const lastLine = model.getLineCount();
      const lastCol = model.getLineMaxColumn(lastLine);
      // Follow the stream only if the reader was already at the end. Measured in pixels:
      // comparing line numbers with getVisibleRanges() failed after a burst of wrapped lines
      // (the last lines were only partly visible once the layout height changed), and the
      // editor then stopped following for good.
      const following =
        editor.getScrollHeight() - editor.getScrollTop() - editor.getLayoutInfo().height <=
        FOLLOW_SLACK_PX;
      remoteChange.current = true;
      model.applyEdits([
        {
          range: {
            startLineNumber: lastLine,
            startColumn: lastCol,
            endLineNumber: lastLine,
            endColumn: lastCol,
          },
          text,
        },
      ]);
      remoteChange.current = false;
      // To the very bottom: revealLine would show only the start of a long wrapped last line.
      if (following) editor.setScrollTop(editor.getScrollHeight());
    };
    const unsubscribe = stream.subscribe((delta) => {
      pending.push(delta);
      // The first token is drawn at once (time to first token); later ones once per frame.
      if (model.getValueLength() === 0) flush();
      else frame ||= requestAnimationFrame(flush);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      flush();
    };
  }, [editor, stream, remoteChange]);
}
