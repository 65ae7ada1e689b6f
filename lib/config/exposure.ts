import 'server-only';
import { listeningServers } from '@/lib/config/listening-servers';
import { bindWarning, hostFromArgv } from './exposure-rules';

/**
 * Addresses this process's HTTP servers listen on. `-H` does not set HOSTNAME, and without
 * `-H` Node listens on every interface, so the socket itself is the only reliable witness.
 */
function listeningAddresses(): string[] {
  return listeningServers().map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.address : String(address);
  });
}

/** Proofdesk has no accounts: serving it beyond loopback without a token is worth a warning. */
export function warnIfExposed(): void {
  const live = listeningAddresses();
  // No server in this process (e.g. `next dev`'s worker): fall back to the command line, and
  // to Node's default (every interface) when it names no host.
  const hosts = live.length ? live : [hostFromArgv(process.argv) ?? '0.0.0.0'];
  const warning = bindWarning(hosts, !!process.env.PROOFDESK_AUTH_TOKEN?.trim());
  if (warning) console.warn(warning);
}
