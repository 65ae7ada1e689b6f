import Link from 'next/link';
import { ShortcutsDialog } from '@/components/keys/ShortcutsDialog';
import { ChromeGate } from './ChromeGate';

export function TopBar() {
  return (
    <ChromeGate>
      <header className="topbar">
        <Link href="/" className="brand">
          Proofdesk
        </Link>
        <nav>
          <Link href="/">Sessions</Link>
          <Link href="/library">Library</Link>
          <Link href="/review">Review</Link>
          <Link href="/grades">Grades</Link>
          <Link href="/settings">Settings</Link>
        </nav>
        <div className="topbar-end">
          <ShortcutsDialog />
        </div>
      </header>
    </ChromeGate>
  );
}
