import { getSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { exportFormatSchema } from '@/lib/schemas';
import { exportSession } from '@/lib/session-file/export-session';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/**
 * `?format=md|tex|json` downloads a file. `pdf` answers with the print-ready page (a 303 to
 * `/sessions/:id/print`), whose print stylesheet the browser turns into a PDF: no headless
 * browser has to run on the server.
 */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const format = exportFormatSchema.parse(new URL(req.url).searchParams.get('format') ?? 'md');
  if (format === 'pdf') {
    if (!(await getSession(id))) throw notFound('Session');
    return new Response(null, {
      status: 303,
      headers: { Location: `/sessions/${encodeURIComponent(id)}/print` },
    });
  }
  const file = await exportSession(id, format);
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
});
