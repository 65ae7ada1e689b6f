import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { findingPatchSchema } from '@/lib/schemas';
import { deletePersonFinding, patchFinding } from '@/lib/sessions/person-findings';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A decision (with its note), or new wording for a person's finding. */
export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const patch = await readJson(req, findingPatchSchema);
  return Response.json(await patchFinding(id, patch));
});

/** A person's finding only (409 for a verifier's: it is dismissed, never deleted). */
export const DELETE = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  await deletePersonFinding(id);
  return new Response(null, { status: 204 });
});
