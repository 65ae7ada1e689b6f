import { handle } from '@/lib/http/handle';
import { importJobStatus } from '@/lib/review/import-jobs';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A running or finished bulk import: `{state, done, total, perSec, etaSec, error, result}`. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(importJobStatus(id));
});
