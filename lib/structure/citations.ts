import { LABEL_ID, labelKey } from './label-words';
import { lineAt, type ProseView } from './prose-view';

/** A place where the text cites a label. */
export interface Citation {
  /** "lemma 2", "case 2(a)", "lemma" (for "the Lemma"), or "eq 3" for `(3)`. */
  key: string;
  /** As a reader would name it: "Lemma 2", "(3)". */
  label: string;
  offset: number;
  line: number;
  /**
   * Whether a citation nobody defined is a real dangling reference: a named statement
   * ("by Lemma 4") or a number in parentheses after a word like "by" or "from" ("from (7)").
   * A bare "(a)" or "case 3" may be prose, so it only counts when it resolves.
   */
  strict: boolean;
}

const CITE_WORD =
  '[Ll]emmas?|[Cc]laims?|[Pp]ropositions?|[Tt]heorems?|[Cc]orollar(?:y|ies)|[Oo]bservations?|[Ss]ub-?cases?|[Cc]ases?|[Ss]teps?';
/** A further label in a list ("Lemmas 1, 2 and 4"): never "(2)", which is an equation. */
const MORE_ID =
  "(?:\\d+(?:\\.\\d+)*[a-z]?'?(?:\\((?:[a-z]|[ivx]{1,4})\\))?|[IVX]{1,5}\\b|[A-Z]\\b)";
const NAMED = new RegExp(
  `\\b(${CITE_WORD})\\s+(${LABEL_ID}(?:\\s*(?:,|and|or|&)\\s*${MORE_ID})*)`,
  'g',
);
const ID_SPLIT = /\s*(?:,|and|or|&)\s*/;
const THE = /\bthe (Lemma|Claim|Proposition|Theorem|Observation)\b(?!\s*\d)/g;
const PAREN = /\(([^()\s]{1,8})\)/g;
const TEXT_IN_MATH = /\\text(?:rm|bf|it)?\{([^{}]*)\}/g;
const NUMERIC = /^\d{1,3}[a-z]?'*$/;
const CUE =
  /(?:\b(?:by|from|using|via|in|of|see|into|with|to|applying|combining|Combining|Using|From|By|[Ee]quations?|[Ee]q\.|[Ii]nequalit(?:y|ies)|[Rr]elations?|[Ii]dentit(?:y|ies)))\s*$/;
const STATEMENT_WORD = /^(lemma|claim|proposition|theorem|corollar|observation)/i;

/**
 * Every citation in the proof's prose ("by Lemma 2", "Lemmas 1 and 3", "the Claim", "from (3)"),
 * in inline math standing for a label (`\((∗)\)`), and in `\text{…}` inside formulas
 * ("\text{(by (13))}"). `skip(offset)` says whether an offset is a label's own definition.
 */
export function findCitations(view: ProseView, skip: (offset: number) => boolean): Citation[] {
  const { prose, lineStarts } = view;
  const out: Citation[] = [];
  const add = (key: string, label: string, offset: number, strict: boolean) => {
    if (!skip(offset)) out.push({ key, label, offset, line: lineAt(lineStarts, offset), strict });
  };
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(prose); m; m = NAMED.exec(prose)) {
    const word = m[1];
    const singular = word.replace(/(ies|s)$/, (s) => (s === 'ies' ? 'y' : ''));
    const strict = STATEMENT_WORD.test(word);
    for (const id of m[2].split(ID_SPLIT)) {
      const clean = id.replace(/\s+/g, '');
      add(labelKey(word, clean), `${capital(singular)} ${clean}`, m.index, strict);
    }
  }
  THE.lastIndex = 0;
  for (let m = THE.exec(prose); m; m = THE.exec(prose)) {
    add(labelKey(m[1], ''), `the ${m[1]}`, m.index + 4, false);
  }
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(prose); m; m = PAREN.exec(prose)) {
    const lineStart = lineStarts[lineAt(lineStarts, m.index) - 1];
    const before = prose.slice(lineStart, m.index);
    if (/^\s*(?:[-+*]\s*)?$/.test(before)) continue; // "(1) …" opening a line is a list item
    addParen(add, m[1], m.index, before.slice(-30));
  }
  for (const span of view.math) {
    const paren = /^\s*\(([^()\s]{1,8})\)\s*$/.exec(span.tex);
    if (!span.display && paren) {
      const before = prose.slice(Math.max(0, span.start - 30), span.start);
      addParen(add, paren[1], span.start, before);
    }
    if (!span.tex.includes('\\text')) continue;
    const written = view.source.slice(span.start, span.end);
    TEXT_IN_MATH.lastIndex = 0;
    for (let t = TEXT_IN_MATH.exec(written); t; t = TEXT_IN_MATH.exec(written)) {
      for (const p of t[1].matchAll(PAREN)) {
        addParen(add, p[1], span.start + t.index, t[1].slice(0, p.index));
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function addParen(
  add: (key: string, label: string, offset: number, strict: boolean) => void,
  tag: string,
  offset: number,
  before: string,
) {
  add(`eq ${tag}`, `(${tag})`, offset, NUMERIC.test(tag) && CUE.test(before));
}

function capital(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
