import type { OutlineKind } from '@/lib/schemas/outline';
import { kindOfWord, LABEL_ID, LABEL_WORD, labelDepth, labelKey } from './label-words';
import { cleanTitle } from './title';

/** A line that opens a node, as read from its text alone (the tree decides the nesting). */
export interface Header {
  kind: OutlineKind;
  label: string;
  title: string;
  /** Citation key ("lemma 2", "case 2(a)"); "" when the label has no identifier. */
  key: string;
  /** Markdown heading level 1-6, 7+ for a bold numbered line ("**3. Bounds**"), 100 inline. */
  rank: number;
  /** Nesting depth among cases or steps ("Case 2(a)" is one deeper than "Case 2"). */
  depth: number;
  /**
   * Which labels replace each other at one depth: a case's "case", a step's "step"; "Base case"
   * and "Inductive step" are one family ("induction"), so the step follows the base case.
   */
  family: string;
  /** "Proof of Lemma 1": the key of the node this proof belongs to. */
  proofOf?: string;
  /** Offset in the line where the label ends: citations are looked for after it. */
  labelEnd: number;
}

export const INLINE_RANK = 100;

const LEAD = /^\s*(?:[-+]\s+|\*\s+(?=\S))?/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?\s+(?=\S)/;
const WORD_AND_ID = new RegExp(`^(${LABEL_WORD})(?:\\s+(${LABEL_ID}))?(?=$|[\\s.:,–—(-])`, 'i');
const PROOF = new RegExp(`^Proof\\b(?:\\s+of\\s+(${LABEL_WORD})\\s+(${LABEL_ID}))?`, 'i');
const PLAIN_NUMBERED = new RegExp(`^(${LABEL_WORD})\\s+(${LABEL_ID})\\s*(?:[.:]|\\s[–—-](?=\\s))`);
const PLAIN_UNNUMBERED =
  /^(Lemma|Claim|Observation|Proposition|Theorem|Corollary|Base cases?|Induct(?:ive|ion) step)\s*[.:](?=\s|$)/;
const PLAIN_PROOF = new RegExp(
  `^Proof(?:\\s+of\\s+(${LABEL_WORD})\\s+(${LABEL_ID}))?\\s*[.:](?=\\s|$)`,
);

/**
 * Reads a node label at the start of a line: a Markdown heading ("### Case 1 …", "## 2. Bounds"),
 * a bold or italic label ("**Lemma 2.**", "*Case 2(a):*", "**Step 3 – …**"), a bold numbered
 * line ("**4. Parity**") or a plain one ("Lemma 1. …", "Case 2: …", "Proof of Lemma 1.").
 * `prose` is the line with math and code blanked; `line` is the same line as written.
 */
export function readHeader(prose: string, line: string): Header | null {
  const lead = LEAD.exec(prose)?.[0].length ?? 0;
  const p = prose.slice(lead);
  const heading = HEADING.exec(p);
  if (heading) return headingHeader(heading, lead, line);
  if (p[0] === '*' || p[0] === '_') return emphasisHeader(p, lead, line);
  return plainHeader(p, lead, line);
}

function headingHeader(m: RegExpExecArray, lead: number, line: string): Header | null {
  const level = m[1].length;
  const textStart = lead + m[0].indexOf(m[2], m[1].length);
  let inner = m[2];
  let at = textStart;
  const emph = /^(\*\*|__|\*|_)/.exec(inner)?.[0].length ?? 0;
  inner = inner.slice(emph);
  at += emph;
  const number = SECTION_NUMBER.exec(inner);
  const rest = number ? inner.slice(number[0].length) : inner;
  const restAt = at + (number ? number[0].length : 0);
  const word = WORD_AND_ID.exec(rest);
  const kind = word ? kindOfWord(word[1]) : null;
  if (word && kind && kind !== 'proof') {
    const end = restAt + word[0].length;
    return labelled(kind, word[1], word[2] ?? '', line.slice(end, lead + m[0].length), level, end);
  }
  const proof = PROOF.exec(rest);
  if (proof?.[1]) return proofHeader(proof, line.slice(restAt + proof[0].length), restAt, level);
  const end = lead + m[0].length;
  return {
    kind: 'section',
    label: number?.[1] ?? '',
    title: cleanTitle(line.slice(restAt, end)),
    key: '',
    rank: level,
    depth: 0,
    family: 'section',
    labelEnd: restAt,
  };
}

function emphasisHeader(p: string, lead: number, line: string): Header | null {
  const marker = /^(\*\*|__|\*|_)/.exec(p)?.[0] ?? '';
  const close = closingMarker(p, marker);
  if (close === -1 || /\s/.test(p[marker.length] ?? ' ')) return null;
  const inner = p.slice(marker.length, close);
  const innerAt = lead + marker.length;
  const after = line.slice(lead + close + marker.length);
  const number = SECTION_NUMBER.exec(inner);
  if (number && marker.length === 2 && after.trim() === '') {
    const dots = (number[1].match(/\./g) ?? []).length;
    return {
      kind: 'section',
      label: number[1],
      title: cleanTitle(line.slice(innerAt + number[0].length, lead + close)),
      key: '',
      rank: 7 + dots,
      depth: 0,
      family: 'section',
      labelEnd: innerAt,
    };
  }
  const proof = PROOF.exec(inner);
  if (proof) {
    const inTitle = line.slice(innerAt + proof[0].length, lead + close);
    return proofHeader(proof, inTitle, innerAt, INLINE_RANK);
  }
  const word = WORD_AND_ID.exec(inner);
  const kind = word ? kindOfWord(word[1]) : null;
  if (!word || !kind) return null;
  const end = innerAt + word[0].length;
  const inTitle = line.slice(end, lead + close);
  const title = cleanTitle(inTitle) ? inTitle : after;
  return labelled(kind, word[1], word[2] ?? '', title, INLINE_RANK, end);
}

function plainHeader(p: string, lead: number, line: string): Header | null {
  const proof = PLAIN_PROOF.exec(p);
  if (proof) return proofHeader(proof, line.slice(lead + proof[0].length), lead, INLINE_RANK);
  const m = PLAIN_NUMBERED.exec(p) ?? PLAIN_UNNUMBERED.exec(p);
  const kind = m ? kindOfWord(m[1]) : null;
  if (!m || !kind) return null;
  const end = lead + m[0].length;
  return labelled(kind, m[1], m[2] ?? '', line.slice(end), INLINE_RANK, end);
}

function labelled(
  kind: OutlineKind,
  word: string,
  id: string,
  title: string,
  rank: number,
  labelEnd: number,
): Header {
  const cleanId = id.replace(/\s+/g, '');
  return {
    kind,
    label: cleanId ? `${word} ${cleanId}` : word,
    title: cleanTitle(title),
    key: cleanId ? labelKey(word, cleanId) : '',
    rank,
    depth: kind === 'case' || kind === 'step' ? labelDepth(word, cleanId) : 0,
    family: /^(base|induct)/i.test(word) ? 'induction' : kind,
    labelEnd,
  };
}

function proofHeader(m: RegExpExecArray, title: string, at: number, rank: number): Header {
  const of = m[1] && m[2] ? `${m[1]} ${m[2].replace(/\s+/g, '')}` : '';
  return {
    kind: 'proof',
    label: of ? `Proof of ${of}` : 'Proof',
    title: cleanTitle(title),
    key: '',
    rank,
    depth: 0,
    family: 'proof',
    ...(of && m[1] && m[2] ? { proofOf: labelKey(m[1], m[2]) } : {}),
    labelEnd: at + m[0].length,
  };
}

/** Where the emphasis opened by `marker` closes (a lone `*` is not half of a `**`), or -1. */
function closingMarker(p: string, marker: string): number {
  let at = p.indexOf(marker, marker.length);
  while (at !== -1) {
    const single = marker.length === 1;
    if (!single || (p[at + 1] !== marker && p[at - 1] !== marker)) return at;
    at = p.indexOf(marker, at + 2);
  }
  return -1;
}
