'use client';

import { useState } from 'react';
import { useImportProblems } from '@/hooks/use-library';
import { isApiError } from '@/lib/client';
import { importRefusalSchema } from '@/lib/schemas';
import { ImportRefused } from './ImportRefused';
import { LineErrors } from './LineErrors';
import styles from './library.module.css';

const typeFor = (name: string) => (/\.csv$/i.test(name) ? 'text/csv' : 'application/json');

/** The invalid records of a refused import, when the server sent them. */
function refusalOf(error: unknown) {
  if (!isApiError(error)) return null;
  const parsed = importRefusalSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/**
 * Upload or paste a problem set: IMO-ProofBench's CSV, or a JSON/JSONL list of problems.
 * All or nothing: a set with an invalid record is refused with every bad record listed, and
 * the file or text stays as it was, to fix and retry, or to import the valid records only.
 */
export function ProblemImport() {
  const [text, setText] = useState('');
  const [type, setType] = useState('text/csv');
  const [fileName, setFileName] = useState<string | null>(null);
  const run = useImportProblems();
  const refusal = refusalOf(run.error);
  const skipped = run.data?.errors.length ?? 0;
  return (
    <details className={styles.import}>
      <summary data-testid="problem-import-open">Import a problem set…</summary>
      <p className="muted">
        CSV with a header row (IMO-ProofBench columns: Problem ID, Problem, Solution, Grading
        guidelines, Category, Level, Short Answer, Source), or JSON / JSONL objects with a
        <code> problem</code> field.
      </p>
      <input
        type="file"
        accept=".csv,.json,.jsonl,text/csv,application/json"
        data-testid="problem-import-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          run.reset();
          setFileName(file.name);
          setType(typeFor(file.name));
          setText(await file.text());
        }}
      />
      <textarea
        rows={5}
        data-testid="problem-import-text"
        placeholder="…or paste CSV / JSON here"
        value={fileName ? '' : text}
        onChange={(e) => {
          run.reset();
          setFileName(null);
          setText(e.target.value);
          setType(/^\s*[[{]/.test(e.target.value) ? 'application/json' : 'text/csv');
        }}
      />
      <div className="form-row">
        <button
          type="button"
          data-testid="problem-import-submit"
          disabled={!text.trim() || run.isPending}
          onClick={() => run.mutate({ text, type, skipInvalid: false })}
        >
          {run.isPending ? 'Importing…' : `Import${fileName ? ` ${fileName}` : ''}`}
        </button>
        {run.data ? (
          <span data-testid="problem-import-result" className="ok" role="status">
            Imported {run.data.imported} problem{run.data.imported === 1 ? '' : 's'}
            {skipped ? `, skipped ${skipped} invalid record${skipped === 1 ? '' : 's'}:` : '.'}
          </span>
        ) : null}
        {run.error && !refusal ? (
          <span className="error" role="alert" data-testid="problem-import-error">
            {run.error.message}
          </span>
        ) : null}
      </div>
      {refusal ? (
        <ImportRefused
          refusal={refusal}
          busy={run.isPending}
          onSkipInvalid={() => run.mutate({ text, type, skipInvalid: true })}
        />
      ) : null}
      {run.data ? <LineErrors errors={run.data.errors} /> : null}
    </details>
  );
}
