import type { TextStream } from '@/components/editor/types';
import { liveProof } from '@/lib/parse/live-proof';

type Listener = { delta: (d: string) => void; reset?: (text: string) => void };

/**
 * One run's streamed text, reasoning and — for drafts — the proof as it will be stored
 * (`liveProof`: no Solution heading, nothing from the self-evaluation on). A new store per
 * run, so a new run never starts from the previous run's text.
 */
export class LiveText {
  text = '';
  reasoning = '';
  private shown = '';
  private listeners = new Set<Listener>();

  /** Kept up to date while the editor follows; computed on demand otherwise. */
  get proof(): string {
    if (!this.listeners.size) this.shown = liveProof(this.text);
    return this.shown;
  }

  /** What the editor follows: the proof, appended as it grows, reset if it ever changes. */
  readonly proofStream: TextStream = {
    getText: () => this.proof,
    subscribe: (delta, reset) => {
      const l = { delta, reset };
      this.listeners.add(l);
      return () => this.listeners.delete(l);
    },
  };

  appendText(delta: string): void {
    this.setText(this.text + delta);
  }

  replace(text: string, reasoning: string): void {
    this.reasoning = reasoning;
    this.setText(text);
  }

  /** Back to empty (a reconnect from the first event). */
  clear(): void {
    this.reasoning = '';
    this.setText('');
  }

  private setText(text: string): void {
    this.text = text;
    if (!this.listeners.size) return;
    const next = liveProof(text);
    const prev = this.shown;
    if (next === prev) return;
    this.shown = next;
    if (next.startsWith(prev)) {
      const d = next.slice(prev.length);
      for (const l of this.listeners) l.delta(d);
    } else {
      for (const l of this.listeners) l.reset?.(next);
    }
  }
}
