import Link from 'next/link';

export function TopBar() {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Proofdesk
      </Link>
      <nav>
        <Link href="/">Sessions</Link>
        <Link href="/settings">Settings</Link>
      </nav>
    </header>
  );
}
