'use client';

import { type RefObject, useEffect } from 'react';
import type { monaco } from './monaco';
import type { StickToEnd } from './stick-to-end';
import type { TextStream } from './types';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/**
 * Appends a live stream at the end of the editor, batched per animation frame: one edit per
 * frame however many tokens arrived, and never a round-trip of the whole text through React.
 * Streamed text never moves the reader's cursor.
 */
export function useStreamAppend(
  editor: CodeEditor | null,
  stream: TextStream | null,
  remoteChange: RefObject<boolean>,
  end: StickToEnd | null,
) {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || !stream || !end) return;
    remoteChange.current = true;
    model.setValue(stream.getText());
    remoteChange.current = false;
    end.reset();
    let pending: string[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      if (!pending.length) return;
      const text = pending.join('');
      pending = [];
      const lastLine = model.getLineCount();
      const lastCol = model.getLineMaxColumn(lastLine);
      // A cursor at the very end (where an empty document puts it) would ride along with the
      // stream: the text would be selected, and the cursor redrawn and reported every frame.
      const cursor = editor.getSelection();
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
      if (cursor?.isEmpty() && !cursor.equalsSelection(editor.getSelection() ?? cursor)) {
        editor.setSelection(cursor);
      }
      remoteChange.current = false;
      // Follow the stream only while the reader stays at the end.
      end.follow();
    };
    const unsubscribe = stream.subscribe(
      (delta) => {
        pending.push(delta);
        // The first token is drawn at once (time to first token); later ones once per frame.
        if (model.getValueLength() === 0) flush();
        else frame ||= requestAnimationFrame(flush);
      },
      (text) => {
        pending = [];
        remoteChange.current = true;
        model.setValue(text);
        remoteChange.current = false;
        end.follow();
      },
    );
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      flush();
    };
  }, [editor, stream, remoteChange, end]);
}
