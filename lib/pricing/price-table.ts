import { z } from 'zod';

/** Prices per million tokens for one model; cached input defaults to the input price. */
export const modelPriceSchema = z
  .object({
    input: z.number().min(0),
    cachedInput: z.number().min(0).optional(),
    output: z.number().min(0),
  })
  .strict();
export type ModelPrice = z.infer<typeof modelPriceSchema>;

/** `prices.json`: `{ "<model name>": { "input": 1.25, "cachedInput": 0.125, "output": 10 } }`. */
export const priceTableSchema = z.record(z.string().min(1), modelPriceSchema);
export type PriceTable = z.infer<typeof priceTableSchema>;

export type TokenCounts = { prompt: number; cached: number; completion: number };

/**
 * Cost of one request: uncached input at the input price, cached input at the cached price,
 * output (reasoning included, as every provider bills it) at the output price.
 */
export function costOf(t: TokenCounts, price: ModelPrice): number {
  const cached = Math.min(t.cached, t.prompt);
  return (
    ((t.prompt - cached) * price.input +
      cached * (price.cachedInput ?? price.input) +
      t.completion * price.output) /
    1e6
  );
}
