import { GradesOverview } from '@/components/grading/GradesOverview';

export const metadata = { title: 'Grades · Proofdesk' };

export default function GradesPage() {
  return (
    <main className="page">
      <h1>Grades</h1>
      <p className="muted">
        Automatic grades (grader model) beside human grades, on the IMO scale of 7 points.
      </p>
      <GradesOverview />
    </main>
  );
}
