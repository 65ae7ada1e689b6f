/**
 * Says that the person's edits were not written over the round they typed into: it had been
 * changed elsewhere (another tab or window) since, so they were saved as a round of their own.
 * Nothing was lost; both texts are rounds the person can open.
 */
export function EditConflict({
  conflict,
}: {
  conflict: { from: number | null; to: number | null } | null;
}) {
  if (!conflict) return null;
  const from = conflict.from === null ? 'This round' : `R${conflict.from}`;
  const to = conflict.to === null ? 'a new round' : `a new round, R${conflict.to}`;
  return (
    <span className="error" role="status" data-testid="edit-conflict">
      {from} was changed in another tab or window while you edited it: your edits are saved as {to},
      and {conflict.from === null ? 'it' : `R${conflict.from}`} keeps the other text.
    </span>
  );
}
