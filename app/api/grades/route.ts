import { gradesCsv, gradesOverview } from '@/lib/grading/service';
import { handle } from '@/lib/http/handle';
import { queryOf } from '@/lib/http/query';
import { gradesQuerySchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';

/**
 * One page of graded sessions with agreement figures over all (`?q=&order=&cursor=&limit=`);
 * `?batch=` narrows to one web import (a set), `?format=csv` downloads every grade.
 */
export const GET = handle(async (req: Request) => {
  const params = new URL(req.url).searchParams;
  const batch = params.get('batch')?.slice(0, 100) || undefined;
  if (params.get('format') === 'csv') {
    return new Response(await gradesCsv(batch), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="proofdesk-grades.csv"',
      },
    });
  }
  return Response.json(await gradesOverview(gradesQuerySchema.parse(queryOf(req))));
});
