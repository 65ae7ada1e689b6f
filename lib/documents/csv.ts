/**
 * RFC 4180 CSV: every field quoted when it holds a comma, quote or line break, quotes
 * doubled, CRLF between records (what spreadsheets expect). A field that starts with
 * `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet never runs it as a formula
 * (model-written text is untrusted).
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
