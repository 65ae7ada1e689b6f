import { matchBrace } from './tex-scan';

interface TagSite {
  start: number;
  end: number;
  starred: boolean;
  label: string;
  /** Environments open around the tag, innermost last. */
  envs: string[];
}

const TAG_OR_ENV = /\\(tag\*?)\s*\{|\\(begin|end)\{([a-zA-Z]+\*?)\}/g;
/** Whole-formula wrappers whose rows can carry their own tags once renamed. */
const TAGGABLE_RENAMES: Readonly<Record<string, string>> = {
  aligned: 'align*',
  alignedat: 'alignat*',
  gathered: 'gather*',
};
/** Separators between two tagged equations written on one line. */
const ROW_SEPARATOR = /^(?:\s|\\q?quad\b|\\[,;:! ]|[,;]|\\text\{\s*(?:and|,)?\s*\})*/;

/**
 * Makes `\tag` placements KaTeX accepts while keeping each tag beside its equation:
 * an `aligned` block with tags in its rows becomes `align*` (KaTeX rejects several tags, and
 * one tag in a row would float to the middle), two tags on one line become a `gather*` with
 * one row each, and a tag in inline math becomes a spaced `(label)`.
 */
export function fixTags(tex: string, display: boolean): string {
  if (!tex.includes('\\tag')) return tex;
  const tags = findTags(tex);
  if (tags.length === 0) return tex;
  if (!display) return tagsAsText(tex, tags);
  const outer = wholeFormulaEnvironment(tex);
  if (outer && TAGGABLE_RENAMES[outer] && tags.some((t) => t.envs[0] === outer)) {
    return renameOuter(tex, outer, TAGGABLE_RENAMES[outer]);
  }
  if (tags.length < 2) return tex;
  if (tags.every((t) => t.envs.length === 0)) return splitIntoGather(tex, tags);
  return tagsAsText(tex, tags);
}

function findTags(tex: string): TagSite[] {
  const tags: TagSite[] = [];
  const envs: string[] = [];
  TAG_OR_ENV.lastIndex = 0;
  for (let m = TAG_OR_ENV.exec(tex); m; m = TAG_OR_ENV.exec(tex)) {
    if (m[2] === 'begin') envs.push(m[3]);
    else if (m[2] === 'end') envs.pop();
    else {
      const open = m.index + m[0].length - 1;
      const end = matchBrace(tex, open);
      if (end === -1) continue;
      const label = tex.slice(open + 1, end - 1);
      tags.push({ start: m.index, end, starred: m[1] === 'tag*', label, envs: [...envs] });
      TAG_OR_ENV.lastIndex = end;
    }
  }
  return tags;
}

/** The environment that spans the whole formula (trailing punctuation aside), if any. */
function wholeFormulaEnvironment(tex: string): string | null {
  const m = /^\s*\\begin\{([a-zA-Z]+\*?)\}/.exec(tex);
  if (!m) return null;
  const end = `\\end{${m[1]}}`;
  const body = tex
    .trimEnd()
    .replace(/[.,;]$/, '')
    .trimEnd();
  if (!body.endsWith(end)) return null;
  // The closing tag must match the opening one, not a later sibling.
  let depth = 0;
  const re = new RegExp(`\\\\(begin|end)\\{${m[1].replace('*', '\\*')}\\}`, 'g');
  for (let e = re.exec(body); e; e = re.exec(body)) {
    depth += e[1] === 'begin' ? 1 : -1;
    if (depth === 0) return e.index + e[0].length === body.length ? m[1] : null;
  }
  return null;
}

function renameOuter(tex: string, from: string, to: string): string {
  const begin = tex.indexOf(`\\begin{${from}}`);
  const end = tex.lastIndexOf(`\\end{${from}}`);
  return (
    tex.slice(0, begin) +
    `\\begin{${to}}` +
    tex.slice(begin + from.length + 8, end) +
    `\\end{${to}}` +
    tex.slice(end + from.length + 6)
  );
}

/** `a \tag{1} \qquad b \tag{2}` → one gather* row per tagged equation. */
function splitIntoGather(tex: string, tags: TagSite[]): string {
  const rows: string[] = [];
  let from = 0;
  for (const tag of tags) {
    rows.push(tex.slice(from, tag.end).replace(ROW_SEPARATOR, ''));
    from = tag.end;
  }
  const rest = tex.slice(from).trim();
  if (rest) rows[rows.length - 1] += rest;
  return `\\begin{gather*}\n${rows.join('\\\\\n')}\n\\end{gather*}`;
}

/** Tags where KaTeX cannot place them: the label is kept, spaced off at the end of its line. */
function tagsAsText(tex: string, tags: TagSite[]): string {
  let out = '';
  let from = 0;
  for (const tag of tags) {
    const label = tag.starred ? tag.label : `(${tag.label})`;
    out += `${tex.slice(from, tag.start)}\\qquad\\text{${label}}`;
    from = tag.end;
  }
  return out + tex.slice(from);
}
