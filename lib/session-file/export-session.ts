import 'server-only';
import { slug } from '@/lib/documents/labels';
import { sessionLatex } from '@/lib/documents/latex';
import { sessionMarkdown } from '@/lib/documents/markdown';
import { toReadOnlyView } from '@/lib/proof-view/read-only-view';
import type { ExportFormat } from '@/lib/schemas';
import { readOnlyView, sessionExportData, titleOf } from './session-data';

export type ExportedFile = { body: string; contentType: string; filename: string };

/** A session as a downloadable file. PDF is not here: it is the print page (see the route). */
export async function exportSession(
  id: string,
  format: Exclude<ExportFormat, 'pdf'>,
): Promise<ExportedFile> {
  const data = await sessionExportData(id);
  const title = titleOf(data);
  const name = slug(title);
  if (format === 'json') {
    return {
      body: `${JSON.stringify(data, null, 2)}\n`,
      contentType: 'application/json; charset=utf-8',
      filename: `${name}.json`,
    };
  }
  // With what stands behind each verifier score, as the print and share pages show it.
  const view = (await readOnlyView(id)) ?? toReadOnlyView(data, title);
  if (format === 'tex') {
    return {
      body: sessionLatex(view),
      contentType: 'application/x-tex; charset=utf-8',
      filename: `${name}.tex`,
    };
  }
  return {
    body: sessionMarkdown(view),
    contentType: 'text/markdown; charset=utf-8',
    filename: `${name}.md`,
  };
}
