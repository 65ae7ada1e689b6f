import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReadOnlySession } from '@/components/read-only/ReadOnlySession';
import { sharedReadOnlyView } from '@/lib/share/service';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Shared proof · Proofdesk',
  robots: { index: false, follow: false },
};

/**
 * A shared session, read-only, rendered on the server: readable before and without
 * JavaScript, with no edit controls, no settings and no way to other sessions. A revoked or
 * unknown token is a plain 404.
 */
export default async function SharedSessionPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const view = await sharedReadOnlyView(token);
  if (!view) notFound();
  return (
    <ReadOnlySession
      view={view}
      links={
        <Link href={`/s/${token}/replay`} prefetch={false} data-testid="shared-replay-link">
          Replay round by round
        </Link>
      }
    />
  );
}
