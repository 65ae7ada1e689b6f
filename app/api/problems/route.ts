import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { searchLibrary } from '@/lib/library/service';
import { problemQuerySchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';

/** `?q=&source=&level=&category=&limit=` → matching problems (no solutions) and the filters. */
export const GET = handle(async (req: Request) => {
  const query = problemQuerySchema.parse(queryOf(req));
  return Response.json(await searchLibrary(query));
});
