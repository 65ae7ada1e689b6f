import 'server-only';
import type { z } from 'zod';
import { AppError, tooLarge } from '@/lib/errors';
import { MAX_BODY_BYTES } from '@/lib/schemas/limits';
import { acceptsContentType, JSON_TYPES, mediaType } from '@/lib/security/content-type';

/** Whether the request carries a body at all, from its headers (nothing is read). */
function declaresBody(req: Request): boolean {
  const length = req.headers.get('content-length');
  if (length !== null) return Number(length) !== 0;
  return req.headers.has('transfer-encoding');
}

/**
 * Reads the raw body, refusing a type not in `accepted` (415) before reading anything and
 * more than `maxBytes` (413) before buffering it all.
 */
export async function readText(
  req: Request,
  maxBytes: number,
  accepted: readonly string[],
): Promise<string> {
  const type = req.headers.get('content-type');
  if (!acceptsContentType(type, declaresBody(req), accepted)) {
    throw new AppError(
      'unsupported_media_type',
      `This endpoint takes ${accepted.join(' or ')}, not ${mediaType(type) || 'a body without a Content-Type'}; nothing was saved.`,
    );
  }
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

/** Body → JSON → schema, with 413 / 400 errors a user can read. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const text = await readText(req, maxBytes, JSON_TYPES);
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  return schema.parse(data);
}
