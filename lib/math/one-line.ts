/** Links and images whose target is a web address: `[words](https://…)`, `![words](https://…)`. */
const LINK = /!?\[([^\]\n]*)\]\(\s*https?:\/\/[^\s)]*\s*\)/g;
/** A heading's marks at the start of a line. */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/gm;

/**
 * A Markdown + LaTeX text written as one line, for a strip that shows only its start (a folded
 * problem): its lines joined by spaces, so display math reads as inline math after the words
 * before it; heading marks dropped; links and images reduced to their words, as the strip
 * renders inline Markdown only and never loads or opens anything.
 */
export function oneLine(text: string): string {
  return text
    .replace(HEADING, '')
    .replace(LINK, (_, words: string) => words)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
