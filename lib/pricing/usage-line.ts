import 'server-only';
import type { ModelRole, TokenUsage } from '@/lib/model/types';
import type { UsageLine } from '@/lib/schemas';
import { costOf, type ModelPrice } from './price-table';
import { modelPrice } from './prices';
import { rolePrice } from './role-prices';

/** One model request's tokens and time, as the usage views add them up. */
export type UsagePart = {
  role: ModelRole;
  model: string | null;
  prompt: number;
  cached: number;
  completion: number;
  reasoning: number;
  ms: number;
};

/** A request's part from the usage its stream reported (none reported: zero tokens). */
export function usagePart(
  role: ModelRole,
  model: string | null,
  usage: Omit<TokenUsage, 'provider'> | null | undefined,
  ms: number,
): UsagePart {
  return {
    role,
    model: usage?.model ?? model,
    prompt: usage?.promptTokens ?? 0,
    cached: usage?.cachedPromptTokens ?? 0,
    completion: usage?.completionTokens ?? 0,
    reasoning: usage?.reasoningTokens ?? 0,
    ms,
  };
}

/** The model's price from PROOFDESK_PRICES, else the older per-role PROOFDESK_PRICE_* pair. */
function priceOf(p: UsagePart): ModelPrice | null {
  return modelPrice(p.model) ?? rolePrice(p.role);
}

/**
 * Tokens, time and cost of some requests. The cost is null as soon as one request that used
 * tokens has no price: a partial sum would read as the whole.
 */
export function usageLine(
  id: string,
  label: string,
  parts: UsagePart[],
  timeMs?: number,
): UsageLine {
  let cost: number | null = 0;
  for (const p of parts) {
    const price = priceOf(p);
    if (!price) {
      if (p.prompt + p.completion > 0) cost = null;
      continue;
    }
    if (cost !== null) {
      cost += costOf({ prompt: p.prompt, cached: p.cached, completion: p.completion }, price);
    }
  }
  const sum = (f: (p: UsagePart) => number) => parts.reduce((n, p) => n + f(p), 0);
  return {
    id,
    label,
    requests: parts.length,
    promptTokens: sum((p) => p.prompt),
    cachedPromptTokens: sum((p) => p.cached),
    reasoningTokens: sum((p) => p.reasoning),
    answerTokens: sum((p) => p.completion - p.reasoning),
    timeMs: timeMs ?? sum((p) => p.ms),
    cost,
  };
}
