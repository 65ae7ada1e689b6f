import { NewProblemForm } from '@/components/home/NewProblemForm';
import { SessionList } from '@/components/home/SessionList';

export default function HomePage() {
  return (
    <main className="page home">
      <NewProblemForm />
      <SessionList />
    </main>
  );
}
