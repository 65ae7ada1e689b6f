import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body accepted; long proofs with many evaluations stay well below. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() ? JSON.parse(text) : {};
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

/** An OpenAI-style error body: `{error: {message, type, code}}`. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type = 'invalid_request_error',
  headers = {},
): void {
  sendJson(res, status, { error: { message, type, param: null, code: null } }, headers);
}
