import type { OutlineNode, RoundOutline } from '@/lib/schemas/outline';
import { lineStartsOf, lineText } from './prose-view';
import { type NodeStatus, nodeStatus } from './round-outline';

/** A proof's text with its outline: what node identity compares. */
export interface OutlinedText {
  text: string;
  nodes: OutlineNode[];
}

/** How much two texts share: the Dice coefficient of their word bigrams (1 = same words). */
export function textSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const words = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < words.length; i++) {
      const g = `${words[i]} ${words[i + 1]}`;
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    if (words.length === 1) out.set(words[0], 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? (a.trim() === b.trim() ? 1 : 0) : (2 * shared) / total;
}

/** The words a node is recognised by across rounds: its title and first lines (its statement). */
function signature(doc: OutlinedText, starts: number[], n: OutlineNode): string {
  const last = Math.min(n.endLine, n.startLine + 3);
  const lines: string[] = [];
  for (let l = n.startLine; l <= last; l++) lines.push(lineText(doc.text, starts, l));
  return `${n.title} ${lines.join(' ')}`;
}

/** Below this a node with another label is a different node, however alike it reads. */
const RENAMED_MIN_SIMILARITY = 0.6;
/** A shared label counts, but a statement much closer under another label counts more. */
const LABEL_BONUS = 0.3;

/**
 * Which node of the earlier round each node of the later one is: same kind, and the same label
 * or, for a renamed node, a statement at least 60% alike; the best pairs (statement similarity,
 * plus a bonus for the same label) are taken first, each earlier node at most once. Returns
 * later id → earlier id.
 */
export function matchNodes(before: OutlinedText, after: OutlinedText): Map<string, string> {
  const startsBefore = lineStartsOf(before.text);
  const startsAfter = lineStartsOf(after.text);
  const pairs: { from: string; to: string; score: number }[] = [];
  const sigBefore = new Map(before.nodes.map((b) => [b.id, signature(before, startsBefore, b)]));
  for (const a of after.nodes) {
    const sigA = signature(after, startsAfter, a);
    for (const b of before.nodes) {
      if (a.kind !== b.kind) continue;
      const similarity = textSimilarity(sigA, sigBefore.get(b.id) ?? '');
      const sameLabel = a.label !== '' && a.label === b.label;
      if (!sameLabel && similarity < RENAMED_MIN_SIMILARITY) continue;
      pairs.push({ from: a.id, to: b.id, score: similarity + (sameLabel ? LABEL_BONUS : 0) });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const matched = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (matched.has(p.from) || taken.has(p.to)) continue;
    matched.set(p.from, p.to);
    taken.add(p.to);
  }
  return matched;
}

/** A round's outline with what identity needs: its text, index and verification. */
export interface RoundForHistory {
  index: number;
  text: string;
  outline: RoundOutline;
}

/**
 * Each node of the last round, followed back through earlier rounds by `matchNodes`: its
 * status in every round it existed in, oldest first.
 */
export function nodeHistories(
  rounds: RoundForHistory[],
): Map<string, { round: number; status: NodeStatus }[]> {
  const histories = new Map<string, { round: number; status: NodeStatus }[]>();
  const last = rounds.at(-1);
  if (!last) return histories;
  const statusIn = (r: RoundForHistory, id: string) => {
    const n = r.outline.nodes.find((x) => x.id === id);
    return n ? nodeStatus(n.findings, r.outline.verified) : null;
  };
  for (const n of last.outline.nodes) {
    histories.set(n.id, [{ round: last.index, status: statusIn(last, n.id) as NodeStatus }]);
  }
  let current = new Map(last.outline.nodes.map((n) => [n.id, n.id]));
  for (let i = rounds.length - 2; i >= 0; i--) {
    const later = rounds[i + 1];
    const earlier = rounds[i];
    const matches = matchNodes(
      { text: earlier.text, nodes: earlier.outline.nodes },
      { text: later.text, nodes: later.outline.nodes },
    );
    const next = new Map<string, string>();
    for (const [lastId, laterId] of current) {
      const earlierId = matches.get(laterId);
      if (!earlierId) continue;
      next.set(lastId, earlierId);
      histories
        .get(lastId)
        ?.unshift({ round: earlier.index, status: statusIn(earlier, earlierId) as NodeStatus });
    }
    current = next;
  }
  return histories;
}

const WORDS: Record<NodeStatus, string> = {
  unverified: 'unverified',
  clean: 'no issues found',
  gaps: 'gaps',
  critical: 'critical',
};

/** "Lemma 2: critical in R1, fixed in R2": a node's history in words. */
export function describeHistory(
  label: string,
  history: { round: number; status: NodeStatus }[],
): string {
  const parts = history.map((h, i) => {
    const before = history[i - 1]?.status;
    const fixed = h.status === 'clean' && (before === 'critical' || before === 'gaps');
    return `${fixed ? 'fixed' : WORDS[h.status]} in R${h.round}`;
  });
  return `${label}: ${parts.join(', ')}`;
}
