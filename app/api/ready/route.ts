import { fastRoutesInstalled } from '@/lib/http/fast/install';
import { handle } from '@/lib/http/handle';
import { isWarm } from '@/lib/startup/warm-up';

export const dynamic = 'force-dynamic';

/**
 * `{"ready": true}` once the server has loaded what streaming needs (lib/startup/warm-up.ts),
 * `false` until then; always 200, so a check never reads a warming server as failing.
 * `fastRoutes`: whether readers' hot requests skip Next's machinery (lib/http/fast).
 */
export const GET = handle(async () =>
  Response.json({ ready: isWarm(), fastRoutes: fastRoutesInstalled() }),
);
