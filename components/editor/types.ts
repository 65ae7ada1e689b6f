import type { Finding } from '@/lib/schemas';

/** A live text source the editor can follow (a run streaming a draft). */
export type TextStream = {
  getText(): string;
  /**
   * `onDelta` gets appended text; `onReset` the whole text when it changed otherwise;
   * `onEnd` says no more text will follow (the proof is complete, or the run ended), so
   * whatever a follower holds back in a batch is due on screen now.
   */
  subscribe(
    onDelta: (delta: string) => void,
    onReset?: (text: string) => void,
    onEnd?: () => void,
  ): () => void;
};

export type EditorFinding = Pick<
  Finding,
  'id' | 'severity' | 'anchor' | 'description' | 'suggestion' | 'decision' | 'quote' | 'source'
> &
  // A finding an edit carried into a new round takes over the place of the one it came from.
  Partial<Pick<Finding, 'carriedFromId'>>;
