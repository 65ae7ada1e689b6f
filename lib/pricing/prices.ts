import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { type ModelPrice, type PriceTable, priceTableSchema } from './price-table';

export type LoadedPrices = { table: PriceTable; error: string | null; file: string | null };

let cache: { file: string; mtimeMs: number; loaded: LoadedPrices } | null = null;

/**
 * The user's price table from `PROOFDESK_PRICES` (a JSON file, relative to the server's
 * working directory). There are no built-in prices: they would go stale silently. Re-read
 * when the file changes, so editing prices needs no restart.
 */
export function loadPrices(env: Record<string, string | undefined> = process.env): LoadedPrices {
  const setting = env.PROOFDESK_PRICES?.trim();
  if (!setting) return { table: {}, error: null, file: null };
  const file = path.resolve(setting);
  try {
    const { mtimeMs } = fs.statSync(file);
    if (cache && cache.file === file && cache.mtimeMs === mtimeMs) return cache.loaded;
    const parsed = priceTableSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const loaded: LoadedPrices = parsed.success
      ? { table: parsed.data, error: null, file }
      : {
          table: {},
          error: `PROOFDESK_PRICES (${file}) is not a price table: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          file,
        };
    cache = { file, mtimeMs, loaded };
    return loaded;
  } catch (err) {
    return { table: {}, error: `PROOFDESK_PRICES (${file}): ${(err as Error).message}`, file };
  }
}

export function modelPrice(model: string | null | undefined): ModelPrice | null {
  if (!model) return null;
  return loadPrices().table[model] ?? null;
}
