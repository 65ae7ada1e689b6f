import 'server-only';
import { type RequestListener, Server } from 'node:http';
import { listeningServers } from '@/lib/config/listening-servers';
import { fastListener } from './listener';

const installed = Symbol.for('proofdesk.fastRoutes');
type Marked = Server & { [installed]?: true };

/**
 * Puts the fast routes (route-table.ts) in front of Next's listener on each HTTP server this process
 * listens with (`next start`'s one). A server whose requests go anywhere but one listener
 * is not the shape this knows and is left alone: then Next answers everything, as before.
 * The number of servers now answering the fast routes.
 */
export function installFastRoutes(): number {
  let count = 0;
  for (const server of listeningServers()) {
    if (!(server instanceof Server)) continue;
    const marked = server as Marked;
    if (marked[installed]) {
      count++;
      continue;
    }
    const listeners = server.listeners('request');
    if (listeners.length !== 1) continue;
    const next = listeners[0] as RequestListener;
    server.removeListener('request', next);
    server.on('request', fastListener(next));
    marked[installed] = true;
    count++;
  }
  return count;
}

/** Whether any server in this process answers the fast routes (GET /api/ready says). */
export function fastRoutesInstalled(): boolean {
  return listeningServers().some((s) => (s as Marked)[installed] === true);
}
