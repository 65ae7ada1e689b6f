import type { Finding } from '@/lib/schemas';

/** A live text source the editor can follow (a run streaming a draft). */
export type TextStream = {
  getText(): string;
  /** `onDelta` gets appended text; `onReset` the whole text when it changed otherwise. */
  subscribe(onDelta: (delta: string) => void, onReset?: (text: string) => void): () => void;
};

export type EditorFinding = Pick<
  Finding,
  'id' | 'severity' | 'anchor' | 'description' | 'suggestion' | 'decision' | 'quote' | 'source'
> &
  // A finding an edit carried into a new round takes over the place of the one it came from.
  Partial<Pick<Finding, 'carriedFromId'>>;
