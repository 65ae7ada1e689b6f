'use client';

import { useState } from 'react';
import { useImportProblems } from '@/hooks/use-library';
import { LineErrors } from './LineErrors';
import styles from './library.module.css';

const typeFor = (name: string) => (/\.csv$/i.test(name) ? 'text/csv' : 'application/json');

/** Upload or paste a problem set: IMO-ProofBench's CSV, or a JSON/JSONL list of problems. */
export function ProblemImport() {
  const [text, setText] = useState('');
  const [type, setType] = useState('text/csv');
  const [fileName, setFileName] = useState<string | null>(null);
  const run = useImportProblems();
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
          onClick={() => run.mutate({ text, type })}
        >
          {run.isPending ? 'Importing…' : `Import${fileName ? ` ${fileName}` : ''}`}
        </button>
        {run.data ? (
          <span data-testid="problem-import-result" className="ok">
            Imported {run.data.imported} problem{run.data.imported === 1 ? '' : 's'}
            {run.data.errors.length ? `, ${run.data.errors.length} skipped` : ''}.
          </span>
        ) : null}
        {run.error ? (
          <span className="error" role="alert">
            {run.error.message}
          </span>
        ) : null}
      </div>
      {run.data ? <LineErrors errors={run.data.errors} /> : null}
    </details>
  );
}
