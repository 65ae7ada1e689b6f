/**
 * What a class's readers ask for again and again (bench:load's readers: a session page, its
 * JSON, its run's events), answered without Next's per-request machinery (listener.ts) by
 * the handler the route's own module provides (handlers.ts). Everything else goes to Next.
 */
export type FastRoute = {
  name: string;
  /** The app files (route.ts, page.tsx) whose GET this answers in Next's place. */
  standsFor: string[];
  /** The path, without its query; groups are the params, decoded. */
  pattern: RegExp;
};

export const RUN_EVENTS = 'run events';
export const SESSION_JSON = 'session JSON';
export const PAGE_SHELL = 'page shell';

export const FAST_ROUTES: readonly FastRoute[] = [
  {
    name: RUN_EVENTS,
    standsFor: ['app/api/runs/[id]/events/route.ts'],
    pattern: /^\/api\/runs\/([^/]+)\/events$/,
  },
  {
    name: SESSION_JSON,
    standsFor: ['app/api/sessions/[id]/route.ts'],
    // Not app/api/sessions/import (POST only): Next answers its GET with 405.
    pattern: /^\/api\/sessions\/(?!import$)([^/]+)$/,
  },
  {
    name: PAGE_SHELL,
    standsFor: ['app/sessions/[id]/page.tsx', 'app/library/page.tsx', 'app/settings/page.tsx'],
    pattern: /^\/(?:sessions\/[^/]+|library|settings)$/,
  },
];

export type FastMatch = { route: FastRoute; params: string[] };

/** The route for a GET of `path`, or null for Next. */
export function matchFastRoute(method: string | undefined, path: string): FastMatch | null {
  if (method !== 'GET') return null;
  for (const route of FAST_ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    try {
      return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    } catch {
      return null; // a malformed escape: Next's answer, whatever it is
    }
  }
  return null;
}
