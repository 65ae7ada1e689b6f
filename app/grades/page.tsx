import page from '@/components/app/page.module.css';
import { GradesOverview } from '@/components/grading/GradesOverview';

export const metadata = { title: 'Grades · Proofdesk' };

export default async function GradesPage({
  searchParams,
}: {
  searchParams: Promise<{ batch?: string }>;
}) {
  const { batch } = await searchParams;
  return (
    <main className={page.page}>
      <div className="page-head">
        <div>
          <h1>Grades</h1>
          <p className="muted">
            Automatic grades (grader model) beside human grades, on the IMO scale of 7 points
            {batch ? ', for one import' : ''}.
          </p>
        </div>
      </div>
      <GradesOverview batch={typeof batch === 'string' && batch ? batch : undefined} />
    </main>
  );
}
