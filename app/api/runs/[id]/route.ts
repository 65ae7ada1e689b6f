import { getRun } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { activeRun, runProgress } from '@/lib/runs';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  // While a run executes, memory is ahead of the last batched write.
  const live = activeRun(id);
  const run = await getRun(id, !live);
  if (!run) throw notFound('Run');
  const body = live ? { ...run, text: live.text, reasoning: live.reasoning } : run;
  const { sessionId: _s, ...rest } = body;
  // Multi-step runs (many verifiers, autopilot, search) also say where they stand.
  return Response.json({ ...rest, progress: await runProgress(id) });
});
