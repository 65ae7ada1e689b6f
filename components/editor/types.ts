import type { Finding } from '@/lib/schemas';

/** A live text source the editor can follow (a run streaming a draft). */
export type TextStream = {
  getText(): string;
  subscribe(onDelta: (delta: string) => void): () => void;
};

export type EditorFinding = Pick<
  Finding,
  'id' | 'severity' | 'anchor' | 'description' | 'suggestion' | 'decision' | 'quote'
>;
