import { gradesCsv, gradesOverview } from '@/lib/grading/service';
import { handle } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

/** Every graded session with agreement figures; `?format=csv` downloads all grades. */
export const GET = handle(async (req: Request) => {
  if (new URL(req.url).searchParams.get('format') === 'csv') {
    return new Response(await gradesCsv(), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="proofdesk-grades.csv"',
      },
    });
  }
  return Response.json(await gradesOverview());
});
