/** Words for stored values, shared by every export format. */
export const DECISION_WORDS: Record<string, string> = {
  pending: 'undecided',
  accepted: 'accepted',
  overridden: 'overridden',
  dismissed: 'dismissed',
};

export const SEVERITY_WORDS: Record<string, string> = {
  critical: 'Critical error',
  gap: 'Justification gap',
  minor: 'Minor issue',
};

export function linesLabel(lines: { start: number; end: number } | null): string {
  if (!lines) return 'whole proof';
  return lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
}

export const scoreLabel = (s: number | null) => (s === null ? '—' : String(s));

/** A file name from a title: letters, digits and dashes only. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'proofdesk-session';
}
