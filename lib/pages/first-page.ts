import 'server-only';
import type { ServerFirstPage } from '@/lib/schemas';

/**
 * Reads a list's first page while its page renders. A failed read is logged and gives null:
 * the browser then asks for the page itself and shows the error as it would any other, so
 * the page still opens.
 */
export async function readFirstPage<P>(
  what: string,
  read: () => Promise<P>,
): Promise<ServerFirstPage<P> | null> {
  try {
    return { page: await read(), readAt: Date.now() };
  } catch (err) {
    console.error(`[proofdesk] ${what}: reading the first page failed`, err);
    return null;
  }
}
