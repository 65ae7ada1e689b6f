/**
 * Searches asked to pause in this process: they launch nothing more and stop once the
 * requests in flight have finished and been stored, so a pause wastes no finished work.
 */
const key = Symbol.for('proofdesk.search-pausing');
type G = typeof globalThis & { [key]?: Set<string> };

function flags(): Set<string> {
  const g = globalThis as G;
  g[key] ??= new Set();
  return g[key];
}

export const requestPause = (searchId: string) => void flags().add(searchId);
export const pauseRequested = (searchId: string) => flags().has(searchId);
export const clearPause = (searchId: string) => void flags().delete(searchId);
