import { listSessions } from '@/lib/db';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { createSessionSchema, MAX_PROBLEM_BYTES, sessionListQuerySchema } from '@/lib/schemas';
import { createSessionFromInput } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';

/** `?q=&state=&sort=&order=&cursor=&limit=` → one page of Home's list, `nextCursor`, `total`. */
export const GET = handle(async (req: Request) => {
  const query = sessionListQuerySchema.parse(queryOf(req));
  return Response.json(await listSessions(query));
});

export const POST = handle(async (req: Request) => {
  const input = await readJson(req, createSessionSchema, MAX_PROBLEM_BYTES + 10_000);
  const id = await createSessionFromInput(input);
  return Response.json({ id }, { status: 201 });
});
