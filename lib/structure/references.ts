import type { DanglingReference } from '@/lib/schemas/outline';
import type { Citation } from './citations';
import { labelKey, STATEMENT_KINDS } from './label-words';
import type { BuiltNode } from './tree';

/** A citation edge: the innermost node holding the citation → the node it cites. */
export interface Edge {
  from: string | null;
  to: string;
  line: number;
}

/** A lemma (or claim, …) cited before it is proved. Legal, but shown. */
export interface ForwardReference {
  label: string;
  line: number;
  nodeId: string;
}

/** A label defined a second time: `line` is the repeat, `firstLine` the first definition. */
export interface DuplicateLabel {
  label: string;
  line: number;
  firstLine: number;
}

export interface ResolvedReferences {
  edges: Edge[];
  dangling: DanglingReference[];
  forward: ForwardReference[];
}

/** Turns citations into edges, and finds the dangling and forward ones. */
export function resolveReferences(
  nodes: BuiltNode[],
  citations: Citation[],
  lineCount: number,
): ResolvedReferences {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byKey = keyIndex(nodes);
  const owner = owners(nodes, lineCount);
  const statementOf = (id: string | null) => {
    for (
      let n = id ? byId.get(id) : undefined;
      n;
      n = n.parentId ? byId.get(n.parentId) : undefined
    )
      if (STATEMENT_KINDS.has(n.kind)) return n.id;
    return null;
  };
  const isAncestorOrSelf = (maybe: string, of: string | null) => {
    for (
      let n = of ? byId.get(of) : undefined;
      n;
      n = n.parentId ? byId.get(n.parentId) : undefined
    )
      if (n.id === maybe) return true;
    return false;
  };
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const dangling: DanglingReference[] = [];
  const forward: ForwardReference[] = [];
  for (const c of citations) {
    const candidates = byKey.get(c.key) ?? [];
    const from = owner[c.line] ?? null;
    if (candidates.length === 0) {
      if (c.strict && !dangling.some((d) => d.label === c.label && d.line === c.line))
        dangling.push({ label: c.label, line: c.line });
      continue;
    }
    if (c.key.indexOf(' ') === -1 && candidates.length > 1) continue; // "the Lemma" of several
    const target = pick(candidates, c.line, statementOf(from), statementOf);
    if (isAncestorOrSelf(target.id, from)) continue;
    const pair = `${from}→${target.id}`;
    if (!seen.has(pair)) {
      seen.add(pair);
      edges.push({ from, to: target.id, line: c.line });
    }
    if (STATEMENT_KINDS.has(target.kind) && isForward(target, c.line, nodes)) {
      forward.push({ label: target.label, line: c.line, nodeId: target.id });
    }
  }
  return { edges, dangling, forward };
}

/** Labels defined twice: statements and equation tags anywhere, cases and steps among siblings. */
export function duplicateLabels(nodes: BuiltNode[]): DuplicateLabel[] {
  const first = new Map<string, BuiltNode>();
  const out: DuplicateLabel[] = [];
  for (const n of nodes) {
    if (!n.key) continue;
    const scoped = n.kind === 'case' || n.kind === 'step' ? `${n.parentId}|${n.key}` : n.key;
    const earlier = first.get(scoped);
    if (earlier) out.push({ label: n.label, line: n.startLine, firstLine: earlier.startLine });
    else first.set(scoped, n);
  }
  return out;
}

function keyIndex(nodes: BuiltNode[]): Map<string, BuiltNode[]> {
  const byKey = new Map<string, BuiltNode[]>();
  for (const n of nodes) {
    const key = n.key || (STATEMENT_KINDS.has(n.kind) ? labelKey(n.label, '') : '');
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(n);
    else byKey.set(key, [n]);
  }
  return byKey;
}

/** For each line, the innermost node (not an equation) that holds it. */
function owners(nodes: BuiltNode[], lineCount: number): (string | undefined)[] {
  const owner: (string | undefined)[] = new Array(lineCount + 1);
  for (const n of nodes) {
    if (n.kind === 'equation') continue;
    for (let l = n.startLine; l <= n.endLine; l++) owner[l] = n.id;
  }
  return owner;
}

/**
 * Which of several nodes with one label ("Case 1" in two proofs) a citation means: the one in
 * the same lemma, else the last before the citation, else the first.
 */
function pick(
  candidates: BuiltNode[],
  line: number,
  scope: string | null,
  statementOf: (id: string | null) => string | null,
): BuiltNode {
  if (candidates.length === 1) return candidates[0];
  const local = candidates.filter((n) => statementOf(n.id) === scope);
  const pool = local.length > 0 ? local : candidates;
  const before = pool.filter((n) => n.startLine <= line);
  return before.at(-1) ?? pool[0];
}

/** Cited before its statement, or before a free-standing "Proof of …" that comes later. */
function isForward(target: BuiltNode, line: number, nodes: BuiltNode[]): boolean {
  if (line >= target.startLine && line <= target.endLine) return false;
  if (line < target.startLine) return true;
  const proof = nodes.find((n) => n.proofOf === target.key && n.parentId !== target.id);
  return !!proof && line < proof.startLine && !(line >= proof.startLine && line <= proof.endLine);
}
