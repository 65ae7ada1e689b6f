import { getFinding, setDecision } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { decisionPatchSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const patch = await readJson(req, decisionPatchSchema);
  if (!(await getFinding(id))) throw notFound('Finding');
  return Response.json(await setDecision(id, patch.decision, patch.note));
});
