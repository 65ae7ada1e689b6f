import { requestAuthor } from '@/lib/auth/author';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { createReplySchema } from '@/lib/schemas';
import { replyToFinding } from '@/lib/sessions/person-findings';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A reply in the finding's thread, which may change its decision: 201 with the reply. */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const input = await readJson(req, createReplySchema);
  return Response.json(await replyToFinding(id, input, requestAuthor(req)), { status: 201 });
});
