import type { ImportRefusal } from '@/lib/schemas';
import { LineErrors } from './LineErrors';
import styles from './library.module.css';

const records = (n: number) => `${n} record${n === 1 ? '' : 's'}`;

/**
 * Why a problem set stored nothing, every bad record by line (or item) and id, and the one
 * explicit way on: import the valid records and skip the listed ones. Nothing is skipped
 * unless the person presses that button.
 */
export function ImportRefused({
  refusal,
  busy,
  onSkipInvalid,
}: {
  refusal: ImportRefusal;
  busy: boolean;
  onSkipInvalid: () => void;
}) {
  const bad = refusal.errors.length;
  return (
    <div className={styles.refused} data-testid="problem-import-refused" role="alert">
      <p className="error">
        <strong>Nothing was imported:</strong> {records(bad)} of {refusal.valid + bad}{' '}
        {bad === 1 ? 'is' : 'are'} invalid. Fix {bad === 1 ? 'it' : 'them'} and import again
        {refusal.valid ? ', or import only the valid ones' : ''}.
      </p>
      <LineErrors errors={refusal.errors} />
      {refusal.valid ? (
        <div className="form-row">
          <button
            type="button"
            data-testid="problem-import-skip-invalid"
            disabled={busy}
            onClick={onSkipInvalid}
          >
            Import {refusal.valid} valid {refusal.valid === 1 ? 'record' : 'records'}, skip {bad}
          </button>
        </div>
      ) : null}
    </div>
  );
}
