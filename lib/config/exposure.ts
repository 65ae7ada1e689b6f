import 'server-only';

/** Proofdesk has no accounts: serving it beyond loopback without a token is worth a warning. */
export function warnIfExposed(): void {
  const host = process.env.HOSTNAME ?? process.env.HOST ?? '';
  const loopback = host === '' || host === 'localhost' || host.startsWith('127.') || host === '::1';
  if (!loopback && !process.env.PROOFDESK_AUTH_TOKEN) {
    console.warn(
      `[proofdesk] WARNING: listening on ${host} without PROOFDESK_AUTH_TOKEN: anyone who can reach this address can use your model endpoints.`,
    );
  }
}
