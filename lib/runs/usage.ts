import 'server-only';
import { listRounds, listSessionModelCalls, listSessionRuns } from '@/lib/db';
import type { ModelRole } from '@/lib/model/types';
import { loadPrices } from '@/lib/pricing/prices';
import { rolePrice } from '@/lib/pricing/role-prices';
import { usageLine as line, type UsagePart as Part, usagePart } from '@/lib/pricing/usage-line';
import type { Run, SessionUsage } from '@/lib/schemas';
import { autopilotComparison } from './autopilot-comparison';
import { RUN_ROLE } from './roles';

function group(pairs: (readonly [string | null, Part])[]): Map<string, Part[]> {
  const map = new Map<string, Part[]>();
  for (const [key, part] of pairs) {
    if (key === null) continue;
    const list = map.get(key) ?? [];
    list.push(part);
    map.set(key, list);
  }
  return map;
}

/** A run recorded before every request was (Proofdesk before the one engine): its own usage. */
function runPart(run: Run): Part | null {
  if (!run.usage) return null;
  const ms = run.startedAt && run.finishedAt ? run.finishedAt - run.startedAt : 0;
  return usagePart(RUN_ROLE[run.kind], run.model, run.usage, ms);
}

/**
 * Tokens (reasoning and answer), time and cost per run, per round and for the session.
 * Every run adds up its recorded model calls (older single-request runs: their own usage).
 * A run's time is wall-clock; a round's is the sum of the requests made about it.
 */
export async function sessionUsage(sessionId: string): Promise<SessionUsage> {
  const [runs, calls, rounds, autopilots] = await Promise.all([
    listSessionRuns(sessionId, 1000),
    listSessionModelCalls(sessionId),
    listRounds(sessionId),
    autopilotComparison(sessionId),
  ]);
  const callParts = calls.map((c) => ({
    runId: c.runId,
    roundId: c.roundId,
    part: {
      role: c.role as ModelRole,
      model: c.model,
      prompt: c.promptTokens,
      cached: c.cachedPromptTokens,
      completion: c.completionTokens,
      reasoning: c.reasoningTokens ?? 0,
      ms: c.finishedAt - c.startedAt,
    },
  }));
  const withCalls = new Set(calls.map((c) => c.runId));
  const singles = runs
    .filter((r) => !withCalls.has(r.id))
    .map((r) => ({ run: r, part: runPart(r) }))
    .filter((x): x is { run: Run; part: Part } => x.part !== null);
  const now = Date.now();
  const wall = (r: Run) => (r.startedAt ? (r.finishedAt ?? now) - r.startedAt : 0);
  const byRun = group([
    ...callParts.map((c) => [c.runId, c.part] as const),
    ...singles.map((s) => [s.run.id, s.part] as const),
  ]);
  const byRound = group([
    ...callParts.map((c) => [c.roundId, c.part] as const),
    ...singles.map((s) => [s.run.roundId, s.part] as const),
  ]);
  const runLines = runs.map((r) =>
    line(r.id, `${r.kind} · ${r.status}`, byRun.get(r.id) ?? [], wall(r)),
  );
  const roundLines = rounds.map((round) =>
    line(round.id, `R${round.index}`, byRound.get(round.id) ?? []),
  );
  const all = [...callParts.map((c) => c.part), ...singles.map((s) => s.part)];
  const total = line(
    sessionId,
    'session',
    all,
    runs.reduce((n, r) => n + wall(r), 0),
  );
  const roles = group(all.map((p) => [p.role, p] as const));
  const roleLines = [...roles].map(([role, parts]) => line(role, role, parts));
  const prices = loadPrices();
  const priced =
    Object.keys(prices.table).length > 0 ||
    (['generator', 'verifier', 'meta-verifier'] as ModelRole[]).some((r) => rolePrice(r) !== null);
  return {
    runs: runLines,
    rounds: roundLines,
    roles: roleLines,
    session: total,
    priced,
    pricesError: prices.error,
    autopilots,
  };
}
