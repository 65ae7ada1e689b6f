import { getRun } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { stopRunAnywhere } from '@/lib/runs';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const run = await getRun(id, false);
  if (!run) throw notFound('Run');
  const stopping = await stopRunAnywhere(run);
  return Response.json({ id, stopping, status: stopping ? 'stopping' : run.status });
});
