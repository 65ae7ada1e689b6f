/** Per-line problems of an import, so a person can fix exactly those lines. */
export function LineErrors({ errors }: { errors: { line: number; message: string }[] }) {
  if (!errors.length) return null;
  return (
    <ul className="error" data-testid="import-errors">
      {errors.slice(0, 200).map((e) => (
        <li key={`${e.line}-${e.message}`} data-testid="import-error" data-line={e.line}>
          Line {e.line}: {e.message}
        </li>
      ))}
      {errors.length > 200 ? <li>… and {errors.length - 200} more</li> : null}
    </ul>
  );
}
