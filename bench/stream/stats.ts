import { percentile } from '../support/format';

export type Spread = { p50: number; p95: number; max: number };

/** p50 / p95 / max of one figure over the runs of a rate (nearest-rank percentiles). */
export function spread(values: number[]): Spread {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}
