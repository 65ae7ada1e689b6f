import 'server-only';
import { newNonce } from '@/lib/security/csp';

/**
 * Page shells rendered once and served many times, each time with a nonce of its own.
 *
 * Every page is rendered per request so that Next can put that response's CSP nonce on its
 * scripts: ~10 ms of CPU per page, whatever the page. For a shell page (shell-routes.ts) the
 * nonce is the only thing that differs between two renders of one URL, so the shell is
 * rendered once with a placeholder nonce — 128 random bits drawn when the process starts,
 * never sent to a browser — and each response gets the stored HTML with a fresh nonce in the
 * placeholder's place: a string replace instead of a render. The nonce stays fresh and
 * unguessable per response; the CSP does not change. Pages that differ only by an id share
 * one shell with a stand-in id put in the same way (shell-routes.ts).
 */
export const PLACEHOLDER_NONCE = newNonce();

export type Shell = { html: string; headers: [string, string][] };

/** How long a shell is served before it is rendered again, should anything it shows change. */
const TTL_MS = 5 * 60_000;
/** By render path: a handful (shell-routes.ts), ~14 KB each. */
const shells = new Map<string, { shell: Shell; until: number }>();
/** One render per URL at a time: a class opening one page at once waits for one render. */
const rendering = new Map<string, Promise<Shell | null>>();

/** The stored shell for `key`, rendering it with `render` when missing or stale; null if it cannot be. */
export async function cachedShell(
  key: string,
  render: () => Promise<Shell | null>,
): Promise<Shell | null> {
  const hit = shells.get(key);
  if (hit && hit.until > performance.now()) return hit.shell;
  let pending = rendering.get(key);
  if (!pending) {
    pending = render()
      .catch(() => null)
      .then((shell) => {
        rendering.delete(key);
        if (shell) shells.set(key, { shell, until: performance.now() + TTL_MS });
        return shell;
      });
    rendering.set(key, pending);
  }
  return pending;
}

/**
 * The shell's HTML with `nonce` wherever the placeholder nonce was (script tags and Next's
 * payload), and each of `values`' placeholders replaced the same way.
 */
export function fillShell(shell: Shell, nonce: string, values: Record<string, string> = {}) {
  let html = shell.html.replaceAll(PLACEHOLDER_NONCE, nonce);
  for (const [placeholder, value] of Object.entries(values)) {
    html = html.replaceAll(placeholder, value);
  }
  return html;
}
