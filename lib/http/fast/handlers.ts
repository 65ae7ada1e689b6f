import 'server-only';

/** Answers a fast route's request, or returns null to leave it to Next. */
export type FastHandler = (req: Request, params: string[]) => Promise<Response | null>;

const key = Symbol.for('proofdesk.fastHandlers');
type G = typeof globalThis & { [key]?: Map<string, FastHandler> };

function handlers(): Map<string, FastHandler> {
  const g = globalThis as G;
  g[key] ??= new Map();
  return g[key];
}

/**
 * Offers `handler` for the fast route `name` (lib/http/fast/route-table). Called by the
 * module that Next itself loads for the route (its route file's, or proxy.ts's), so the fast
 * path runs the very module instances Next runs — their caches, their per-process values —
 * and never a second copy bundled elsewhere. Until Next has loaded it, Next answers.
 */
export function provideFastHandler(name: string, handler: FastHandler): void {
  handlers().set(name, handler);
}

export function fastHandler(name: string): FastHandler | undefined {
  return handlers().get(name);
}
