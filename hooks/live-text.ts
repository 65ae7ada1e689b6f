import type { TextStream } from '@/components/editor/types';
import { LiveProofParser } from '@/lib/parse/live-proof';

type Listener = {
  delta: (d: string) => void;
  reset?: (text: string) => void;
  end?: () => void;
};

/**
 * One run's streamed text, reasoning and — for drafts — the proof as it will be stored
 * (`liveProof`: no Solution heading, nothing from the self-evaluation on). A new store per
 * run, so a new run never starts from the previous run's text. Each delta costs time in
 * proportion to its own length (LiveProofParser), however long the draft grows.
 */
export class LiveText {
  reasoning = '';
  private parser = new LiveProofParser();
  /** The part of the text the editor shows now: [from, to). */
  private shown: [number, number] = [0, 0];
  private listeners = new Set<Listener>();
  /** Listeners were told the text is complete (once per text). */
  private ended = false;

  get text(): string {
    return this.parser.text;
  }

  get proof(): string {
    const [from, to] = this.parser.range();
    return this.parser.text.slice(from, to);
  }

  /** What the editor follows: the proof, appended as it grows, reset if it ever changes. */
  readonly proofStream: TextStream = {
    getText: () => {
      this.shown = this.parser.range();
      return this.parser.text.slice(...this.shown);
    },
    subscribe: (delta, reset, end) => {
      const l = { delta, reset, end };
      this.listeners.add(l);
      return () => this.listeners.delete(l);
    },
  };

  appendText(delta: string): void {
    this.parser.append(delta);
    this.publish(false);
  }

  replace(text: string, reasoning: string): void {
    this.reasoning = reasoning;
    this.parser = new LiveProofParser();
    this.ended = false;
    this.parser.append(text);
    this.publish(true);
  }

  /**
   * No more text will come (the run ended). Also said by itself once the draft's proof is
   * complete: the self-evaluation that follows never reaches the editor, which need not wait
   * for its next batch to show the proof's last line.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const l of this.listeners) l.end?.();
  }

  /** Back to empty (a reconnect from the first event). */
  clear(): void {
    this.replace('', '');
  }

  private publish(replaced: boolean): void {
    if (!this.listeners.size) return;
    const [from, to] = this.parser.range();
    const [shownFrom, shownTo] = this.shown;
    const empty = shownFrom === shownTo;
    if (!replaced && (empty || (from === shownFrom && to >= shownTo))) {
      if (to !== from && (empty || to !== shownTo)) {
        const d = this.parser.text.slice(empty ? from : shownTo, to);
        this.shown = [from, to];
        for (const l of this.listeners) l.delta(d);
      }
      if (this.parser.complete) this.end();
      return;
    }
    this.shown = [from, to];
    const text = this.parser.text.slice(from, to);
    for (const l of this.listeners) l.reset?.(text);
  }
}
