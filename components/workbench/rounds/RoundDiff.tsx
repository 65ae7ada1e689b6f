'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { EDITOR_FONT_FAMILY } from '@/components/editor/editor-font';
import { Select } from '@/components/ui/Select';
import { useColorScheme } from '@/components/ui/use-color-scheme';
import type { Round } from '@/lib/schemas';
import styles from './rounds.module.css';

/** Monaco's diff editor, loaded in the browser only (Monaco touches `window` on import). */
const DiffEditor = dynamic(
  async () => {
    await import('@/components/editor/monaco');
    return (await import('@monaco-editor/react')).DiffEditor;
  },
  { ssr: false, loading: () => <div className="diff-loading">Loading diff…</div> },
);

/** Any two rounds' proofs side by side, changes marked. */
export function RoundDiff({ rounds }: { rounds: Round[] }) {
  const scheme = useColorScheme();
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  if (rounds.length < 2) return <p className="muted">A diff needs two rounds.</p>;
  const left = rounds.find((r) => r.id === a) ?? rounds.at(-2);
  const right = rounds.find((r) => r.id === b) ?? rounds.at(-1);
  const options = rounds.map((r) => ({ value: r.id, label: `R${r.index}` }));
  const pick = (value: string | undefined, set: (id: string) => void, testId: string) => (
    <Select
      label={testId === 'diff-left' ? 'Left' : 'Right'}
      testId={testId}
      value={value ?? ''}
      options={options}
      onChange={set}
    />
  );
  return (
    <div className="round-diff" data-testid="round-diff">
      <div className={styles.diffPick}>
        {pick(left?.id, setA, 'diff-left')} → {pick(right?.id, setB, 'diff-right')}
      </div>
      <div className={styles.diffEditor}>
        <DiffEditor
          original={left?.proof ?? ''}
          modified={right?.proof ?? ''}
          language="markdown"
          theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
          // @monaco-editor/react disposes the models before the widget on unmount and throws
          // ("TextModel got disposed before DiffEditorWidget model got reset") when the view closes.
          keepCurrentOriginalModel
          keepCurrentModifiedModel
          options={{
            readOnly: true,
            renderSideBySide: true,
            useInlineViewWhenSpaceIsLimited: false,
            wordWrap: 'on',
            fontFamily: EDITOR_FONT_FAMILY,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
          }}
        />
      </div>
    </div>
  );
}
