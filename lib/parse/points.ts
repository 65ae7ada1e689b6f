/** The grader's verdict: points out of 7 and the reasoning it gave before them. */
export type ParsedPoints = { points: number; reasons: string };

const TAGGED = /<points>\s*(\d+(?:\.\d+)?)\s*(?:out\s+of|\/)\s*7\s*<\/points>/gi;
/** Graders that drop the tag still tend to write "N out of 7" or "N/7" last. */
const UNTAGGED = /\b(\d(?:\.\d+)?)\s*(?:out\s+of|\/)\s*7\b/gi;

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * Reads `<points>N out of 7</points>` (the last one, as a grader may quote the format while
 * reasoning), falling back to a bare "N out of 7". Points must be an integer from 0 to 7;
 * anything else is no verdict (null) rather than a guess.
 */
export function parsePoints(text: string): ParsedPoints | null {
  const m = lastMatch(TAGGED, text) ?? lastMatch(UNTAGGED, text);
  if (!m) return null;
  const points = Number(m[1]);
  if (!Number.isInteger(points) || points < 0 || points > 7) return null;
  const reasons = text.slice(0, m.index).trim() || text.slice(m.index + m[0].length).trim();
  return { points, reasons };
}
