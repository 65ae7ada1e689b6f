'use client';

import { Eye, Upload } from 'lucide-react';
import { useState } from 'react';
import { LineErrors } from '@/components/library/LineErrors';
import { Select } from '@/components/ui/Select';
import { useImportJob, usePreviewReviewImport, useStartReviewImport } from '@/hooks/use-review';
import { isApiError } from '@/lib/client';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgress } from './ImportProgress';
import styles from './review.module.css';

const FORMATS = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'deepseek-outputs', label: 'DeepSeekMath-V2 outputs' },
  { value: 'imo25', label: 'IMO25 agent reports' },
  { value: 'proofdesk-json', label: 'Proofdesk reports' },
];

/**
 * The web twin of `proofdesk import`: upload or paste JSONL records, preview what will be
 * created (a dry run on the server, with the same parser and anchoring), then import.
 */
export function ReviewImport() {
  const [text, setText] = useState('');
  const [format, setFormat] = useState('auto');
  const [fileName, setFileName] = useState<string | null>(null);
  const preview = usePreviewReviewImport();
  const start = useStartReviewImport();
  const job = useImportJob(start.data ?? null);
  const importing = start.isPending || job.data?.state === 'running';
  const load = (next: string, nextFormat = format) => {
    setText(next);
    start.reset();
    if (next.trim()) preview.mutate({ text: next, format: nextFormat });
    else preview.reset();
  };
  const shown = job.data?.result ?? preview.data;
  return (
    <section className={styles.importer}>
      <div className="form-row">
        <Select
          label="Format"
          testId="review-import-format"
          value={format}
          options={FORMATS}
          onChange={(v) => {
            setFormat(v);
            load(text, v);
          }}
        />
        <input
          type="file"
          accept=".jsonl,.json,.ndjson,application/json"
          data-testid="review-import-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            load(await file.text());
          }}
        />
      </div>
      <textarea
        rows={6}
        data-testid="review-import-text"
        placeholder='…or paste JSONL: {"problem": "…", "proof": "…", "report": "…"} per line'
        value={fileName ? '' : text}
        onChange={(e) => {
          setFileName(null);
          setText(e.target.value);
        }}
        onBlur={() => !fileName && load(text)}
      />
      <div className="form-row">
        <button
          type="button"
          data-testid="review-preview"
          disabled={!text.trim() || preview.isPending}
          onClick={() => load(text)}
        >
          <Eye size={14} aria-hidden />
          {preview.isPending ? 'Reading…' : 'Preview'}
        </button>
        <button
          type="button"
          data-testid="review-import-submit"
          disabled={!preview.data?.records.length || importing || job.data?.state === 'done'}
          className="primary"
          // The person saw the preview's bad lines: importing now means "the others only".
          onClick={() =>
            start.mutate({ text, format, skipInvalid: (preview.data?.errors.length ?? 0) > 0 })
          }
        >
          <Upload size={14} aria-hidden />
          {importing
            ? 'Importing…'
            : `Import ${preview.data?.records.length ?? 0} record(s)${preview.data?.errors.length ? `, skipping ${preview.data.errors.length} invalid line(s)` : ''}`}
        </button>
        {(preview.error ?? start.error) ? (
          <span className="error" role="alert">
            {(preview.error ?? start.error)?.message}
          </span>
        ) : null}
      </div>
      <ImportProgress
        job={job.data}
        lost={isApiError(job.error) && job.error.code === 'not_found'}
      />
      {shown ? (
        <>
          <p className="muted" data-testid="review-import-summary">
            {shown.dryRun ? 'Preview: ' : 'Imported: '}
            {shown.records.length} record(s){shown.dryRun ? ' will become sessions' : ''},{' '}
            {shown.errors.length} line(s) skipped.
          </p>
          <LineErrors errors={shown.errors} />
          <ImportPreviewTable records={shown.records} />
        </>
      ) : null}
    </section>
  );
}
