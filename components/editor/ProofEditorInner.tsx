'use client';

import Editor from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import './decorations.css';
import type { monaco } from './monaco';
import type { EditorFinding, TextStream } from './types';
import { useFindingDecorations } from './use-finding-decorations';
import { useStreamAppend } from './use-stream-append';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

export type ProofEditorProps = {
  /** When this changes the editor's text is replaced by `initialText`. */
  documentKey: string;
  initialText: string;
  readOnly: boolean;
  stream: TextStream | null;
  findings: EditorFinding[];
  selectedFindingId: string | null;
  onSelectFinding: (id: string) => void;
  /** Called with the full text a moment after the person stops typing. */
  onSave?: (text: string) => void;
  onEditorReady?: (editor: CodeEditor) => void;
};

const SAVE_DELAY_MS = 600;

export default function ProofEditorInner(props: ProofEditorProps) {
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const remoteChange = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  // Replace the text when the document changes (another round, or a finished draft).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the document changes
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (model.getValue() !== props.initialText) {
      remoteChange.current = true;
      model.setValue(props.initialText);
      remoteChange.current = false;
    }
  }, [editor, props.documentKey]);

  // Save a person's edits, debounced; never echo our own programmatic changes.
  useEffect(() => {
    if (!editor) return;
    const sub = editor.onDidChangeModelContent(() => {
      if (remoteChange.current || !propsRef.current.onSave) return;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(
        () => propsRef.current.onSave?.(editor.getValue()),
        SAVE_DELAY_MS,
      );
    });
    return () => {
      sub.dispose();
      if (saveTimer.current) {
        clearTimeout(saveTimer.current);
        propsRef.current.onSave?.(editor.getValue());
      }
    };
  }, [editor]);

  useStreamAppend(editor, props.stream, remoteChange);
  const decorationsJson = useFindingDecorations(editor, props);

  useEffect(() => {
    editor?.updateOptions({ readOnly: props.readOnly });
  }, [editor, props.readOnly]);

  return (
    <div
      className="proof-editor"
      data-testid="proof-editor"
      data-decorations={decorationsJson}
      data-ready={editor ? 'true' : 'false'}
    >
      <Editor
        language="markdown"
        theme="vs"
        options={{
          glyphMargin: true,
          lineNumbers: 'on',
          wordWrap: 'on',
          minimap: { enabled: true, renderCharacters: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          fontSize: 14,
          readOnly: props.readOnly,
          unicodeHighlight: { ambiguousCharacters: false },
        }}
        defaultValue={props.initialText}
        onMount={(ed) => {
          setEditor(ed);
          props.onEditorReady?.(ed);
        }}
      />
    </div>
  );
}
