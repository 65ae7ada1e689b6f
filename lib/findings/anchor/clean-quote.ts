/**
 * Turns what a verifier wrote where a quote belongs into text worth searching for
 * (BRIEF §4 step 2). Returns candidates, best guess first: the whole cleaned quote, then
 * any passages it quotes inside a description ("The entire section following "…"").
 */
export function quoteCandidates(raw: string): string[] {
  const unlabelled = markElisions(stripLabels(stripLinePrefixes(raw))).trim();
  const whole = stripSurroundingQuotes(unlabelled);
  const candidates = [whole];
  for (const inner of quotedPassages(unlabelled)) {
    if (inner !== whole && !candidates.includes(inner)) candidates.push(inner);
  }
  return candidates.filter((c) => c.trim().length > 0);
}

/** `[...]`, `[…]`, `(...)`: elisions written the editorial way become a plain `...`. */
function markElisions(text: string): string {
  return text.replace(/\s*[[(](?:\.{3}|…)[\])]\s*/g, ' ... ');
}

/** `L12| text`, `L012|text` leaked from the numbered view the verifier was shown. */
function stripLinePrefixes(text: string): string {
  return text.replace(/(^|\s)L\d{1,5}\s?\|[ \t]?/g, '$1');
}

const LABEL =
  /^\s*(?:[-*+•>]\s+)*(?:\*\*|__)?\s*(?:location|quote|quoted text|excerpt)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/** Labels and list markers in front of the quote (`* **Location:**`, `Quote:`). */
function stripLabels(text: string): string {
  let current = text;
  for (let guard = 0; guard < 4; guard++) {
    const next = current.replace(LABEL, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '”': '”',
  "'": "'",
  '‘': '’',
  '«': '»',
  '`': '`',
};

/** `"…"`, `“…”.` and the like around the whole quote, nested or followed by punctuation. */
function stripSurroundingQuotes(text: string): string {
  let current = text.trim();
  for (let guard = 0; guard < 3; guard++) {
    const closer = CLOSERS[current[0]];
    if (!closer) break;
    const body = current.replace(/[\s.,;:]+$/, '');
    if (body.length < 2 || body[body.length - 1] !== closer) break;
    current = body.slice(1, -1).trim();
  }
  return current;
}

/** Passages in straight or curly double quotes inside a description. */
function quotedPassages(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
    const inner = (match[1] ?? match[2]).trim();
    if (inner.length > 0) found.push(inner);
  }
  return found;
}
