'use client';

import { type RefObject, useEffect } from 'react';
import { FrameThrottle } from '@/hooks/frame-throttle';
import type { monaco } from './monaco';
import type { StickToEnd } from './stick-to-end';
import type { TextStream } from './types';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/**
 * How often streamed text is appended: on an animation frame, at most every 50 ms. Monaco
 * pays for each append whatever its size (its options and view layout are recomputed, its
 * lines rendered: a fifth of the page's time in npm run bench:render when appending every
 * frame); twenty appends a second still read as a continuous stream.
 */
const APPEND_INTERVAL_MS = 50;

/**
 * Appends a live stream at the end of the editor in batches (one edit per APPEND_INTERVAL_MS
 * however many tokens arrived), never a round-trip of the whole text through React. Streamed
 * text never moves the reader's cursor.
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
    /** `inFrame`: called from an animation frame callback (the batched appends). */
    const flush = (inFrame = false) => {
      throttle.cancel();
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
      // Monaco would draw the edit and the scroll on the next animation frame: from inside
      // this one, that is a frame later than it could be (16 ms of every append's latency,
      // the last token's included). Drawn now, it is painted with this frame.
      if (inFrame) editor.render();
    };
    const throttle = new FrameThrottle(() => flush(true), APPEND_INTERVAL_MS);
    const unsubscribe = stream.subscribe(
      (delta) => {
        pending.push(delta);
        // The first token is drawn at once (time to first token); later ones in batches.
        if (model.getValueLength() === 0) flush();
        else throttle.schedule();
      },
      (text) => {
        pending = [];
        remoteChange.current = true;
        model.setValue(text);
        remoteChange.current = false;
        end.follow();
      },
      // The proof's last line is due now, not at the next batch.
      () => flush(),
    );
    return () => {
      unsubscribe();
      flush();
    };
  }, [editor, stream, remoteChange, end]);
}
