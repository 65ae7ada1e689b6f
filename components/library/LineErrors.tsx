import { type LineError, recordLabel } from '@/lib/schemas';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Per-record problems of an import ("Line 4 (PB-3): …"), so a person can fix exactly those. */
export function LineErrors({ errors }: { errors: LineError[] }) {
  if (!errors.length) return null;
  return (
    <ul className="error" data-testid="import-errors">
      {errors.slice(0, 200).map((e) => (
        <li
          key={`${e.unit ?? 'line'}-${e.line}-${e.message}`}
          data-testid="import-error"
          data-line={e.line}
        >
          {capital(recordLabel(e))}: {e.message}
        </li>
      ))}
      {errors.length > 200 ? <li>… and {errors.length - 200} more</li> : null}
    </ul>
  );
}
