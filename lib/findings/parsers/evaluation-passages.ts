/**
 * Splits a prose evaluation into the passages a reader would point at: paragraphs, and the
 * items of bullet or numbered lists. A heading line ("**Step 3: the lemma**") is kept with
 * the passage it introduces; a display formula stays with the paragraph it belongs to.
 */

const BULLET = /^[ \t]*(?:[-*+•]|\d{1,3}[.)]|\([a-z0-9]{1,3}\))[ \t]+/;
const HEADING_ONLY = /^[ \t]*(?:#{1,6}[ \t]+[^\n]*|\*\*[^*\n]+\*\*[ \t:.]*|__[^_\n]+__[ \t:.]*)$/;
const FORMULA_ONLY = /^\s*(?:\\\[[\s\S]*\\\]|\$\$[\s\S]*\$\$|\\begin\{[\s\S]*\\end\{[^}]*\})\s*$/;

function splitItems(paragraph: string): string[] {
  const items: string[] = [];
  for (const line of paragraph.split(/\r?\n/)) {
    if (BULLET.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}

export function splitPassages(text: string): string[] {
  const passages: string[] = [];
  let heading = '';
  for (const paragraph of text.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = paragraph.trim();
    if (!trimmed || /^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) continue;
    if (HEADING_ONLY.test(trimmed)) {
      heading = heading ? `${heading}\n${trimmed}` : trimmed;
      continue;
    }
    if (FORMULA_ONLY.test(trimmed) && passages.length && !heading) {
      passages[passages.length - 1] += `\n\n${trimmed}`;
      continue;
    }
    const items = splitItems(trimmed).map((item) => item.trim());
    if (heading) items[0] = `${heading}\n${items[0]}`;
    heading = '';
    passages.push(...items);
  }
  if (heading) passages.push(heading);
  return passages;
}
