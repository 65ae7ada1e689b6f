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

/** Who raised a finding; a verifier's is the default and goes unsaid. */
export const SOURCE_WORDS: Record<string, string> = {
  verifier: 'raised by the verifier',
  person: 'raised by a person',
  checker: 'raised by a check',
};

/** "raised by a person; Missing edge case": what to add after the lines and the decision. */
export function originLabel(f: { source: string; category: string | null }): string {
  return [f.source !== 'verifier' ? (SOURCE_WORDS[f.source] ?? f.source) : null, f.category]
    .filter(Boolean)
    .join('; ');
}

/** One reply as a line of text: "“text” — author, 2026-12-04 10:31 (set: accepted)". */
export function replyLabel(r: {
  text: string;
  createdAt: number;
  author: string | null;
  decision: string | null;
}): string {
  const when = new Date(r.createdAt).toISOString().slice(0, 16).replace('T', ' ');
  const by = [r.author, `${when} UTC`].filter(Boolean).join(', ');
  const set = r.decision ? ` (set: ${DECISION_WORDS[r.decision] ?? r.decision})` : '';
  return `“${r.text.replace(/\s*\n\s*/g, ' ').trim()}” — ${by}${set}`;
}

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
