'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { teachApi } from '@/lib/client/teach-api';

/** Opens a session exported as JSON (from this or another Proofdesk) as a new session. */
export function SessionJsonImport() {
  const router = useRouter();
  const run = useMutation({
    mutationFn: (json: string) => teachApi.importSession(json),
    onSuccess: ({ id }) => router.push(`/sessions/${id}`),
  });
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
            if (file) run.mutate(await file.text());
          }}
        />
      </label>
      {run.isPending ? <span className="muted">Importing…</span> : null}
      {run.error ? (
        <span className="error" role="alert">
          {(run.error as Error).message}
        </span>
      ) : null}
    </div>
  );
}
