import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/read-only/PrintButton';
import { ReadOnlySession } from '@/components/read-only/ReadOnlySession';
import { readOnlyView } from '@/lib/session-file/session-data';

export const dynamic = 'force-dynamic';

/**
 * The print-ready page behind `export?format=pdf`: the session read-only, with a print
 * stylesheet. The browser's "Save as PDF" (or Playwright's `page.pdf()`) makes the PDF.
 */
export default async function PrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = await readOnlyView(id);
  if (!view) notFound();
  return <ReadOnlySession view={view} links={<PrintButton />} print />;
}
