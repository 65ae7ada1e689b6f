/** Loopback addresses (and names) only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' ||
    h === '::1' ||
    h.startsWith('127.') ||
    h.startsWith('::ffff:127.') ||
    h.endsWith('.localhost')
  );
}

/** The host given to `next start`/`next dev` as `-H host`, `--hostname host` or `--hostname=host`. */
export function hostFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '-H' || a === '--hostname') && argv[i + 1]) return argv[i + 1];
    if (a.startsWith('--hostname=')) return a.slice('--hostname='.length);
  }
  return null;
}

/** The start-up warning for a server bound beyond loopback without an access token, or null. */
export function bindWarning(hosts: readonly string[], tokenSet: boolean): string | null {
  const exposed = hosts.filter((h) => !isLoopback(h));
  if (tokenSet || exposed.length === 0) return null;
  const where = exposed.map((h) => (h === '0.0.0.0' || h === '::' ? `${h} (every interface)` : h));
  return `[proofdesk] WARNING: listening on ${where.join(', ')} without PROOFDESK_AUTH_TOKEN: anyone who can reach this address can read your sessions and use your model endpoints. Set PROOFDESK_AUTH_TOKEN, or start with -H 127.0.0.1.`;
}
