import { LibraryPage } from '@/components/library/LibraryPage';

export const metadata = { title: 'Problem library · Proofdesk' };

export default function Library() {
  return <LibraryPage />;
}
