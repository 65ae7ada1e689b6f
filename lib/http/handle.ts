import 'server-only';
import { requestStarted } from '@/lib/async/server-activity';
import { admitApiRequest } from './admission';
import { toErrorResponse } from './errors';

/**
 * Wraps every API route handler: the request is admitted first (Host, cross-site, access
 * token — headers only, before any body is read), then every failure becomes a typed JSON
 * error. API routes are outside proxy.ts's matcher so that Next never buffers their bodies
 * for it; this wrapper is their gate instead.
 */
export function handle<A extends unknown[]>(fn: (req: Request, ...rest: A) => Promise<Response>) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    // Background work waits while a request is being answered (lib/async/server-activity).
    const answered = requestStarted();
    try {
      const refused = await admitApiRequest(req);
      if (refused) return refused;
      return await fn(req, ...rest);
    } catch (err) {
      return toErrorResponse(err);
    } finally {
      answered();
    }
  };
}
