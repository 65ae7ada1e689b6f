import type { OutlineKind } from '@/lib/schemas/outline';

/** Kinds a reader cites by name and that carry a statement (and usually a proof). */
export const STATEMENT_KINDS: ReadonlySet<OutlineKind> = new Set([
  'lemma',
  'claim',
  'proposition',
  'observation',
]);

/** The word that opens a label, as written, → the node kind it makes. */
export function kindOfWord(word: string): OutlineKind | null {
  const w = word.toLowerCase().replace(/-/g, '');
  if (w.startsWith('lemma')) return 'lemma';
  if (w.startsWith('claim')) return 'claim';
  if (w.startsWith('proposition') || w.startsWith('theorem') || w.startsWith('corollar'))
    return 'proposition';
  if (w.startsWith('observation')) return 'observation';
  if (w.startsWith('subcase') || w.startsWith('case') || w.startsWith('base case')) return 'case';
  if (w.startsWith('step') || /^induct(ive|ion) step/.test(w)) return 'step';
  if (w.startsWith('proof')) return 'proof';
  return null;
}

/** Label words at the start of a heading, bold, italic or plain label line. */
export const LABEL_WORD =
  '(?:Lemma|Claim|Proposition|Theorem|Corollary|Observation|Sub-?case|Case|Step|Base cases?|Induct(?:ive|ion) step)';

/**
 * A label's identifier: "2", "4.1", "2(a)", "2a", "I", "A", "(∗)". Single capital letters and
 * Roman numerals must stand alone so "Case A" counts and "Claim All" does not.
 */
export const LABEL_ID =
  "(?:\\d+(?:\\.\\d+)*[a-z]?'?(?:\\s?\\((?:[a-z]|[ivx]{1,4}|\\d{1,2})\\))?|[IVX]{1,5}\\b|[A-Z]\\b|\\([^()\\s]{1,4}\\))";

/** "Lemmas" → "lemma", "Case 2 (a)" → "case 2(a)": the key a label and its citations share. */
export function labelKey(word: string, id: string): string {
  const singular = word.toLowerCase().replace(/-/g, '').replace(/ies$/, 'y').replace(/s$/, '');
  return `${singular} ${id.replace(/\s+/g, '')}`.trim();
}

/** Nesting depth of a case or step label: "Case 2" 0, "Case 2(a)" / "Case 4.1" / "Subcase 1" 1. */
export function labelDepth(word: string, id: string): number {
  const dots = (id.match(/\./g) ?? []).length;
  const paren = /\d\s?\(/.test(id) || /^\d+[a-z]$/.test(id) ? 1 : 0;
  const sub = /^sub/i.test(word) ? 1 : 0;
  return Math.max(dots + paren, sub);
}
