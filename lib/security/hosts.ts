/**
 * Which `Host` headers this server answers (DNS rebinding defence). A page on another site
 * can rebind its own name to 127.0.0.1 and then talk to us as "same origin", but its requests
 * still carry its own name in `Host`. So only names the server was told to serve are
 * accepted: loopback on the port it listens on, always; anything else only when listed in
 * PROOFDESK_ALLOWED_HOSTS (e.g. behind a reverse proxy).
 */

export type HostPort = { host: string; port: number | null };

/** `Example.COM:3000` → {host: 'example.com', port: 3000}; `[::1]:80` → {host: '::1', port: 80}. */
export function parseHost(value: string | null | undefined): HostPort | null {
  const raw = value?.trim().toLowerCase();
  if (!raw) return null;
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]\s/@]+))(?::(\d{1,5}))?$/.exec(raw);
  if (!m) return null;
  const host = (m[1] ?? m[2] ?? '').replace(/\.$/, '');
  const port = m[3] === undefined ? null : Number(m[3]);
  if (!host || (port !== null && (port < 1 || port > 65535))) return null;
  return { host, port };
}

/** Names and addresses that can only mean this machine. */
export function isLoopbackName(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** PROOFDESK_ALLOWED_HOSTS: comma-separated `host` (any port) or `host:port`. */
export function parseAllowedHosts(value: string | undefined): HostPort[] {
  return (value ?? '')
    .split(',')
    .map((entry) => parseHost(entry))
    .filter((h): h is HostPort => h !== null);
}

export type HostPolicy = {
  /** The port the server listens on; null when unknown (then any loopback port passes). */
  listenPort: number | null;
  allowed: HostPort[];
};

/** A `Host` without a port means the scheme's default one. */
const effectivePort = (p: HostPort, https: boolean) => p.port ?? (https ? 443 : 80);

export function isAllowedHost(hostHeader: string | null, policy: HostPolicy, https = false) {
  const h = parseHost(hostHeader);
  if (!h) return false;
  if (isLoopbackName(h.host)) {
    if (policy.listenPort === null || effectivePort(h, https) === policy.listenPort) return true;
  }
  return policy.allowed.some(
    (a) => a.host === h.host && (a.port === null || a.port === effectivePort(h, https)),
  );
}

export const ALLOWED_HOSTS_VAR = 'PROOFDESK_ALLOWED_HOSTS';

export function misdirectedMessage(hostHeader: string | null): string {
  const shown = (hostHeader ?? '(none)').slice(0, 100);
  return `This Proofdesk does not serve the host "${shown}". It answers loopback names (localhost, 127.0.0.1, [::1]) on the port it listens on; to serve another name, list it in ${ALLOWED_HOSTS_VAR} (comma-separated host or host:port), then restart.`;
}
