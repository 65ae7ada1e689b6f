// The container's health check (Dockerfile HEALTHCHECK): exit 0 once this instance answers
// {"ready": true} on /api/ready. It asks over loopback on the port it listens on, which the
// host check always admits; with PROOFDESK_AUTH_TOKEN set, every API route needs the token.
const port = process.env.PORT ?? '3000';
const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
try {
  const res = await fetch(`http://127.0.0.1:${port}/api/ready`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(4000),
  });
  const body = res.ok ? await res.json() : null;
  process.exit(body?.ready === true ? 0 : 1);
} catch {
  process.exit(1);
}
