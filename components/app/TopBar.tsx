import Link from 'next/link';
import { ShortcutsDialog } from '@/components/keys/ShortcutsDialog';
import { ChromeGate } from './ChromeGate';
import styles from './chrome.module.css';

/** `signOut`: the server has an access token, so a signed-in browser can end its login. */
export function TopBar({ signOut = false }: { signOut?: boolean }) {
  return (
    <ChromeGate>
      <header className={styles.topbar} data-testid="topbar">
        <Link href="/" className={styles.brand}>
          Proofdesk
        </Link>
        <nav>
          <Link href="/">Sessions</Link>
          <Link href="/library">Library</Link>
          <Link href="/review">Review</Link>
          <Link href="/grades">Grades</Link>
          <Link href="/settings">Settings</Link>
        </nav>
        <div className={styles.end}>
          <ShortcutsDialog />
          {signOut ? (
            // A plain form: it works before hydration, and the server ends the login for good.
            <form method="post" action="/api/auth/logout" className={styles.signOut}>
              <button type="submit" data-testid="sign-out">
                Sign out
              </button>
            </form>
          ) : null}
        </div>
      </header>
    </ChromeGate>
  );
}
