import 'server-only';
import type { z } from 'zod';
import { MAX_BODY_BYTES } from '@/lib/schemas/limits';
import { AppError } from './errors';

/** Reads the raw body, refusing more than `maxBytes` before buffering it all. */
export async function readText(req: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function tooLarge(maxBytes: number, what = 'The request body'): AppError {
  return new AppError(
    'payload_too_large',
    `${what} is larger than ${Math.round(maxBytes / 1000)} kB; nothing was saved.`,
  );
}

/** Body → JSON → schema, with 413 / 400 errors a user can read. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const text = await readText(req, maxBytes);
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  return schema.parse(data);
}
