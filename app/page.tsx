import page from '@/components/app/page.module.css';
import { NewProblemForm } from '@/components/home/NewProblemForm';
import { SessionList } from '@/components/home/SessionList';

export default function HomePage() {
  return (
    <main className={`${page.page} ${page.home}`}>
      <NewProblemForm />
      <SessionList />
    </main>
  );
}
