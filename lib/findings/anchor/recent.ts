/**
 * Memoises the last few values of an expensive function of a string (a proof version).
 * Strings cannot key a WeakMap; a worker handles one or two proof versions at a time, so
 * a handful of entries is enough and memory stays bounded.
 */
export function recentlyUsed<V>(limit: number, make: (key: string) => V): (key: string) => V {
  const entries = new Map<string, V>();
  return (key) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = make(key);
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  };
}
