import { provideFastHandler } from '@/lib/http/fast/handlers';
import { RUN_EVENTS } from '@/lib/http/fast/route-table';
import { runEventsResponse } from '@/lib/http/routes/run-events';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** SSE of a run's events (lib/http/routes/run-events). */
export const GET = async (req: Request, ctx: Ctx) => runEventsResponse(req, (await ctx.params).id);

// Readers' streams skip Next's per-request machinery, through this module (lib/http/fast).
provideFastHandler(RUN_EVENTS, (req, [id]) => runEventsResponse(req, id));
