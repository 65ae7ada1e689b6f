'use client';

import { useRouter } from 'next/navigation';
import { useImportSessionJson } from '@/hooks/use-session';

/** Opens a session exported as JSON (from this or another Proofdesk) as a new session. */
export function SessionJsonImport() {
  const router = useRouter();
  const run = useImportSessionJson();
  return (
    <div className="form-row">
      <label>
        Proofdesk session (.json){' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="session-json-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            run.mutate(await file.text(), {
              onSuccess: ({ id }) => router.push(`/sessions/${id}`),
            });
          }}
        />
      </label>
      {run.isPending ? <span className="muted">Importing…</span> : null}
      {run.error ? (
        <span className="error" role="alert">
          {run.error.message}
        </span>
      ) : null}
    </div>
  );
}
