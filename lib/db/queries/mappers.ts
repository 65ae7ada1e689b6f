import type {
  Anchor,
  Finding,
  FindingReply,
  FindingSource,
  Round,
  Run,
  RunKind,
  RunStatus,
  Severity,
} from '@/lib/schemas';
import type { findingReplies, findings, rounds, runs } from '../schema';

type FindingRow = typeof findings.$inferSelect;
type RoundRow = typeof rounds.$inferSelect;
type RunRow = typeof runs.$inferSelect;
type ReplyRow = typeof findingReplies.$inferSelect;

export function toReply(row: ReplyRow): FindingReply {
  return {
    id: row.id,
    text: row.text,
    createdAt: row.createdAt,
    author: row.author,
    decision: (row.decision as FindingReply['decision']) ?? null,
  };
}

/** Replies grouped by finding, oldest first (rows come ordered by time). */
export function repliesByFinding(rows: ReplyRow[]): Map<string, FindingReply[]> {
  const out = new Map<string, FindingReply[]>();
  for (const r of rows) {
    const list = out.get(r.findingId) ?? [];
    list.push(toReply(r));
    out.set(r.findingId, list);
  }
  return out;
}

/** Rows → the API shapes of lib/schemas; the only place that knows both. */
export function toFinding(row: FindingRow, replies: FindingReply[] = []): Finding {
  return {
    id: row.id,
    roundId: row.roundId,
    severity: row.severity as Severity,
    quote: row.quote,
    description: row.description,
    suggestion: row.suggestion,
    category: row.category,
    citedLines:
      row.citedStart != null
        ? { start: row.citedStart, end: row.citedEnd ?? row.citedStart }
        : null,
    anchor: (row.anchor as Anchor | null) ?? null,
    decision: row.decision as Finding['decision'],
    note: row.note,
    carriedFromId: row.carriedFromId,
    source: row.source as FindingSource,
    replies,
    nodeId: row.nodeId ?? null,
  };
}

export function toRound(
  row: RoundRow,
  roundFindings: FindingRow[],
  replies: Map<string, FindingReply[]> = new Map(),
): Round {
  return {
    id: row.id,
    index: row.index,
    origin: row.origin as Round['origin'],
    proof: row.proof,
    selfEvaluation: row.selfEvaluation,
    selfScore: row.selfScore,
    score: row.score,
    truncated: row.truncated,
    sourceRunId: row.sourceRunId,
    parentRoundId: row.parentRoundId,
    findings: roundFindings.map((f) => toFinding(f, replies.get(f.id))),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toRun(row: RunRow): Run {
  return {
    id: row.id,
    sessionId: row.sessionId,
    roundId: row.roundId,
    kind: row.kind as RunKind,
    status: row.status as RunStatus,
    model: row.model,
    text: row.text,
    reasoning: row.reasoning,
    error: row.error,
    finishReason: row.finishReason,
    usage: (row.usage as Run['usage']) ?? null,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    nodeId: nodeIdOf(row.params),
  };
}

/** A part run keeps its node in its params (`{nodeId}`); other runs have none. */
function nodeIdOf(params: unknown): string | null {
  const id = (params as { nodeId?: unknown } | null)?.nodeId;
  return typeof id === 'string' ? id : null;
}
