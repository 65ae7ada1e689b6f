import page from '@/components/app/page.module.css';
import { NewProblemForm } from '@/components/home/NewProblemForm';
import { SessionList } from '@/components/home/SessionList';
import { homeFirstPage } from '@/lib/sessions/lists';

export const dynamic = 'force-dynamic';

/** Home: a new problem, and the sessions, whose first rows come with the page's HTML. */
export default async function HomePage() {
  return (
    <main className={`${page.page} ${page.home}`}>
      <NewProblemForm />
      <SessionList initial={await homeFirstPage()} />
    </main>
  );
}
