import { gradesCsv, gradesOverview } from '@/lib/grading/service';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/**
 * Every graded session with agreement figures; `?batch=` narrows to one web import (a set),
 * `?format=csv` downloads the grades.
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
  return Response.json(await gradesOverview(batch));
});
