import type { Metadata } from 'next';
import page from '@/components/app/page.module.css';
import { safeNextPath } from '@/lib/auth/paths';
import styles from './login.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in · Proofdesk', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

/**
 * The access-token form, shown when PROOFDESK_AUTH_TOKEN is set. A plain HTML form posting
 * to /api/auth/login, so it works before (and without) JavaScript.
 */
export default async function LoginPage({ searchParams }: Props) {
  const { next, error } = await searchParams;
  const enabled = !!process.env.PROOFDESK_AUTH_TOKEN?.trim();
  return (
    <main className={page.page}>
      <h1>Sign in</h1>
      {enabled ? (
        <form method="post" action="/api/auth/login" className={styles.form}>
          <label htmlFor="login-token">Access token (PROOFDESK_AUTH_TOKEN)</label>
          <input
            id="login-token"
            name="token"
            type="password"
            autoComplete="current-password"
            required
            data-testid="login-token"
          />
          <input type="hidden" name="next" value={safeNextPath(next)} />
          {error ? (
            <p className="error" role="alert" data-testid="login-error">
              That token is not the one this server was started with.
            </p>
          ) : null}
          <div className="form-row">
            <button type="submit" data-testid="login-submit">
              Sign in
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">This server has no access token set: nothing to sign in to.</p>
      )}
    </main>
  );
}
