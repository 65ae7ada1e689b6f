import { type HostPolicy, parseAllowedHosts } from './hosts';

/**
 * This server's host policy, from its environment. `next start` and `next dev` put the port
 * they listen on in PORT before serving; PROOFDESK_ALLOWED_HOSTS is read per request, like
 * every setting, so a restart is all a change takes.
 */
export function hostPolicy(env: Record<string, string | undefined> = process.env): HostPolicy {
  const port = Number(env.PORT);
  return {
    listenPort: Number.isInteger(port) && port > 0 ? port : null,
    allowed: parseAllowedHosts(env.PROOFDESK_ALLOWED_HOSTS),
  };
}
