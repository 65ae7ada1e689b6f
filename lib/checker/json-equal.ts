/**
 * Whether two values serialise to the same JSON, with bigints written as their digits:
 * `JSON.stringify(a, big) === JSON.stringify(b, big)` for `big = (_, v) => typeof v ===
 * 'bigint' ? String(v) : v`, without building either string. The checker dedupes
 * expressions this way (`instance-of.ts`): serialising each one cost more than the rest of
 * the search. Exact for plain data (objects, arrays, strings, numbers, booleans, null,
 * undefined, bigints); no `toJSON` is honoured (expressions have none).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return same(a, b, false);
}

type Kind = 'omit' | 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

/** What JSON makes of a value (a bigint already written as a string). */
function kindOf(v: unknown, inArray: boolean): Kind {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isFinite(v) ? 'number' : 'null';
    case 'boolean':
      return 'boolean';
    case 'object':
      return v === null ? 'null' : Array.isArray(v) ? 'array' : 'object';
    default:
      // undefined, functions, symbols: left out of an object, null in an array.
      return inArray ? 'null' : 'omit';
  }
}

const written = (v: unknown) => (typeof v === 'bigint' ? String(v) : v);

function same(x: unknown, y: unknown, inArray: boolean): boolean {
  const a = written(x);
  const b = written(y);
  const kind = kindOf(a, inArray);
  if (kind !== kindOf(b, inArray)) return false;
  switch (kind) {
    case 'omit':
    case 'null':
      return true;
    case 'string':
    case 'number':
    case 'boolean':
      // 0 and -0 both write "0", and `===` holds between them.
      return a === b;
    case 'array': {
      const [p, q] = [a as unknown[], b as unknown[]];
      if (p.length !== q.length) return false;
      for (let i = 0; i < p.length; i++) if (!same(p[i], q[i], true)) return false;
      return true;
    }
    case 'object':
      return sameObject(a as Record<string, unknown>, b as Record<string, unknown>);
  }
}

/** The same written keys, in the same order, with the same values. */
function sameObject(p: Record<string, unknown>, q: Record<string, unknown>): boolean {
  const pk = Object.keys(p);
  const qk = Object.keys(q);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < pk.length && kindOf(written(p[pk[i]]), false) === 'omit') i++;
    while (j < qk.length && kindOf(written(q[qk[j]]), false) === 'omit') j++;
    if (i === pk.length || j === qk.length) return i === pk.length && j === qk.length;
    if (pk[i] !== qk[j] || !same(p[pk[i]], q[qk[j]], false)) return false;
    i++;
    j++;
  }
}
