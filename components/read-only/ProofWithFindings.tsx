import { ChunkMarkdown } from '@/components/math/ChunkMarkdown';
import { blockForLine, splitProofBlocks } from '@/lib/proof-view/blocks';
import type { ReadOnlyFinding } from '@/lib/proof-view/read-only-view';
import { FindingNote } from './FindingNote';
import styles from './read-only.module.css';

type Props = {
  proof: string;
  findings: ReadOnlyFinding[];
  /** Findings shown (in order); the rest are not there yet (replay). Default: all. */
  shown?: number;
  showDecisions?: boolean;
  /** The finding that just appeared, highlighted (replay). */
  focusKey?: string | null;
};

/**
 * A proof rendered block by block (paragraphs, display formulas), each labelled with its
 * line numbers, and every finding placed right after the block holding its last line — the
 * read-only counterpart of the editor's decorations. Whole-proof findings come first.
 */
export function ProofWithFindings({
  proof,
  findings,
  shown,
  showDecisions = true,
  focusKey,
}: Props) {
  const visible = findings.slice(0, shown ?? findings.length);
  const cuts = visible.flatMap((f) => (f.lines ? [f.lines.start, f.lines.end + 1] : []));
  const blocks = splitProofBlocks(proof, cuts);
  const numbered = visible.map((f, i) => ({ f, n: i + 1 }));
  const general = numbered.filter(({ f }) => !f.lines || blocks.length === 0);
  const byBlock = new Map<number, typeof numbered>();
  for (const item of numbered) {
    if (!item.f.lines || blocks.length === 0) continue;
    const b = blockForLine(blocks, item.f.lines.end);
    byBlock.set(b, [...(byBlock.get(b) ?? []), item]);
  }
  const flagged = (line: number, end: number) =>
    visible.find((f) => f.lines && f.lines.start <= end && f.lines.end >= line);
  const note = ({ f, n }: { f: ReadOnlyFinding; n: number }) => (
    <div
      key={f.key}
      className={f.key === focusKey ? styles.focus : undefined}
      data-testid={f.key === focusKey ? 'replay-current' : undefined}
    >
      <FindingNote finding={f} number={n} showDecision={showDecisions} />
    </div>
  );
  return (
    <div className={styles.proof} data-testid="view-proof">
      {general.map(note)}
      {blocks.map((b, i) => {
        const hit = flagged(b.startLine, b.endLine);
        return (
          <div key={`${b.startLine}-${i}`}>
            <div
              className={`${styles.block} ${hit ? (styles[`flag_${hit.severity}`] ?? '') : ''}`}
              data-testid="proof-block"
              data-start-line={b.startLine}
              data-end-line={b.endLine}
            >
              <span className={styles.lineNo} aria-hidden="true">
                {b.startLine === b.endLine ? b.startLine : `${b.startLine}–${b.endLine}`}
              </span>
              <div className={styles.content}>
                <ChunkMarkdown text={b.text} />
              </div>
            </div>
            {(byBlock.get(i) ?? []).map(note)}
          </div>
        );
      })}
      {blocks.length === 0 ? <p className={styles.muted}>No proof yet.</p> : null}
    </div>
  );
}
