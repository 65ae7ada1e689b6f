'use client';

import { type RefObject, useEffect, useRef } from 'react';
import type { DecorationsApi } from './finding-decorations';
import type { monaco } from './monaco';
import type { ProofEditorProps } from './ProofEditorInner';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Saver = NonNullable<ProofEditorProps['onSave']>;

const SAVE_DELAY_MS = 600;

/**
 * Saves a person's edits a moment after they stop typing — and at once when asked (a run
 * is about to read the proof, the document changes), when the editor goes away, and when
 * the page is left (`pagehide`, with a keepalive request). The save goes to the document
 * the edit was typed in: the handler is taken at the first keystroke, not when it fires.
 */
export function useDebouncedSave(
  editor: CodeEditor | null,
  propsRef: RefObject<ProofEditorProps>,
  remoteChange: RefObject<boolean>,
  decorations: () => DecorationsApi | null,
) {
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: Saver } | null>(null);
  const lastSave = useRef<Promise<unknown>>(Promise.resolve());
  const editorRef = useRef(editor);
  editorRef.current = editor;

  const flushNow = (keepalive = false): Promise<unknown> => {
    const p = pending.current;
    const ed = editorRef.current;
    if (p && ed) {
      clearTimeout(p.timer);
      pending.current = null;
      const done = p.save(ed.getValue(), decorations()?.placements() ?? [], { keepalive });
      lastSave.current = Promise.resolve(done);
    }
    return lastSave.current;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: flushNow reads refs only
  useEffect(() => {
    if (!editor) return;
    const sub = editor.onDidChangeModelContent(() => {
      const save = propsRef.current.onSave;
      if (remoteChange.current || !save) return;
      propsRef.current.onEdit?.();
      const first = pending.current;
      if (first) clearTimeout(first.timer);
      pending.current = {
        save: first?.save ?? save,
        timer: setTimeout(() => void flushNow(), SAVE_DELAY_MS),
      };
    });
    const onPageHide = () => void flushNow(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      sub.dispose();
      window.removeEventListener('pagehide', onPageHide);
      void flushNow(true);
    };
  }, [editor, propsRef, remoteChange]);

  /** True while an edit waits for its debounce (typed, not yet handed to the save). */
  const hasPending = () => pending.current !== null;

  return { flushNow, hasPending };
}
