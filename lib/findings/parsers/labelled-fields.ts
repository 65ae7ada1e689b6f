/** The fields an [ISSUE n] entry may carry, under the names verifiers actually use. */
export type FieldName = 'severity' | 'lines' | 'quote' | 'description' | 'suggestion';

const ALIASES: Record<string, FieldName> = {
  severity: 'severity',
  line: 'lines',
  lines: 'lines',
  quote: 'quote',
  description: 'description',
  explanation: 'description',
  'suggested fix': 'suggestion',
  suggestion: 'suggestion',
  fix: 'suggestion',
};

// `Severity:`, `**Severity:**`, `**Severity**:`, `- severity :`, `__Lines__:` at a line start.
const FIELD_LINE =
  /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?[ \t]*(severity|lines?|quote|description|explanation|suggested[ \t]+fix|suggestion|fix)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*/i;

/**
 * Reads `Key: value` fields leniently: any case, bold markers, bullets, extra spaces. A value
 * runs on over the following lines until the next key, so multi-line descriptions survive.
 * Text before the first key is returned apart (a verifier sometimes writes prose there).
 */
export function readLabelledFields(block: string): {
  fields: Partial<Record<FieldName, string>>;
  preamble: string;
} {
  const fields: Partial<Record<FieldName, string>> = {};
  const preamble: string[] = [];
  let current: { name: FieldName; lines: string[] } | null = null;
  const flush = () => {
    if (current) fields[current.name] = current.lines.join('\n').trim();
  };
  for (const line of block.split(/\r?\n/)) {
    const key = FIELD_LINE.exec(line);
    if (key) {
      flush();
      const name = ALIASES[key[1].toLowerCase().replace(/\s+/g, ' ')];
      current = { name, lines: [line.slice(key[0].length)] };
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  flush();
  return { fields, preamble: preamble.join('\n').trim() };
}
