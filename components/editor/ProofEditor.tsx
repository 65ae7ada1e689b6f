'use client';

import dynamic from 'next/dynamic';
import styles from './editor.module.css';
import type { ProofEditorProps } from './ProofEditorInner';

/** Monaco touches `window` on import: load it in the browser only. */
export const ProofEditor = dynamic<ProofEditorProps>(() => import('./ProofEditorInner'), {
  ssr: false,
  loading: () => <div className={`${styles.proofEditor} ${styles.loading}`}>Loading editor…</div>,
});
