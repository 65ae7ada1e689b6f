import page from '@/components/app/page.module.css';
import { ReviewImport } from '@/components/review/ReviewImport';
import { SessionJsonImport } from '@/components/review/SessionJsonImport';

export const metadata = { title: 'Import for review · Proofdesk' };

export default function ReviewImportPage() {
  return (
    <main className={page.page}>
      <div className="page-head">
        <div>
          <h1>Import proofs for review</h1>
          <p className="muted">
            JSONL files with one record per line: <code>{'{problem, proof, report?}'}</code> (a
            verifier&apos;s report in any format Proofdesk reads), or DeepSeekMath-V2 output
            records. Each record becomes a session with the proof as round 1 and the report&apos;s
            findings on its lines — the same as <code>npx proofdesk import FILE</code>.
          </p>
        </div>
      </div>
      <ReviewImport />
      <h2>Open an exported session</h2>
      <SessionJsonImport />
    </main>
  );
}
