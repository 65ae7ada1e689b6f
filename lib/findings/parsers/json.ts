import { parseScoreText } from '@/lib/parse/score';
import type { ParsedFinding, ParsedReport, Severity } from '@/lib/schemas/findings';
import { findJsonValues } from './json-extract';
import { parseLineRange } from './line-range';
import { severityFromLabel } from './severity';
import { cleanQuote } from './text';

// Open Proof Corpus judge categories.
const CATEGORY_SEVERITY: Record<string, Severity> = {
  'wrong final answer': 'critical',
  overgeneralization: 'critical',
  'missing edge cases': 'gap',
  'skipping computation steps': 'gap',
  oversimplification: 'gap',
  'citing non-standard works or theorems': 'gap',
  other: 'minor',
};
const ISSUE_KEYS = ['location', 'text', 'description', 'category', 'severity', 'issue', 'quote'];
// Cheap gate: only texts that mention an issue key as a JSON key are worth scanning.
const LOOKS_LIKE_JSON = /```json|"(?:issues|findings|location|text|description|category)"\s*:/i;

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The issue list a JSON value holds: an array of issues or `{issues: [...]}`; null if neither. */
function issueList(value: unknown, fenced: boolean): { rows: Row[]; top: Row | null } | null {
  const top = isRow(value) ? value : null;
  const list = top ? (top.issues ?? top.findings) : value;
  if (!Array.isArray(list) || !list.every(isRow)) return null;
  if (!top && !fenced && list.length === 0) return null; // `[]` inside prose is not a report
  if (!list.every((row) => ISSUE_KEYS.some((k) => k in row))) return null;
  return { rows: list, top };
}

function readScore(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  return typeof raw === 'string' ? parseScoreText(raw) : null;
}

/** JSON issue lists `{location, text, description, category}` (Open Proof Corpus judge). */
export function parseJsonReport(text: string): ParsedReport | null {
  if (/^\s*\[\s*\]\s*$/.test(text))
    return { format: 'json', score: null, summary: '', findings: [] };
  if (!LOOKS_LIKE_JSON.test(text)) return null;
  for (const { value, before, fenced } of findJsonValues(text)) {
    const found = issueList(value, fenced);
    if (!found) continue;
    return {
      format: 'json',
      score: readScore(found.top?.score),
      summary: str(found.top?.summary) || before,
      findings: found.rows.map(toFinding),
    };
  }
  return null;
}

function toFinding(row: Row): ParsedFinding {
  const category = str(row.category);
  const location = str(row.location);
  // `text` is the quoted proof text; a location in quotation marks is a quote too.
  const quotedLocation = /^["“].*["”][.,;]?$/s.test(location) ? cleanQuote(location) : '';
  const quote = cleanQuote(str(row.text) || str(row.quote)) || quotedLocation;
  const description = str(row.description) || str(row.issue);
  const placed = location && !quotedLocation ? `(at ${location}) ` : '';
  // An explicit severity wins; an unknown category is neither harmless nor proven fatal: gap.
  const severity =
    severityFromLabel(str(row.severity)) ?? CATEGORY_SEVERITY[category.toLowerCase()] ?? 'gap';
  return {
    severity,
    quote,
    lines: parseLineRange(location),
    description: `${placed}${description}`.trim(),
    suggestion: str(row.suggestion) || str(row.fix) || str(row.suggested_fix),
    ...(category ? { category } : {}),
  };
}
