import { describe, expect, it } from 'vitest';
import { parseJsonReport } from './json';
import { repairLatexEscapes } from './json-extract';

const ISSUES = [
  {
    location: 'Step 3, second paragraph',
    text: 'Hence every prime divisor of a_n divides a_{n+1}.',
    description: 'Only checked for n ≤ 3.',
    category: 'Overgeneralization',
  },
  {
    location: '"the sum is even"',
    text: '',
    description: 'Parity of n = 0 is not covered.',
    category: 'Missing Edge Cases',
  },
  {
    location: 'Lines 12-14',
    text: 'by a routine computation',
    description: 'The computation is skipped.',
    category: 'Skipping Computation Steps',
  },
  { location: 'end', text: 'x', description: 'Style.', category: 'Other' },
  {
    location: 'Lemma 2',
    text: 'by [7, Thm 3]',
    description: 'Non-standard citation.',
    category: 'Citing Non-Standard Works or Theorems',
  },
  { location: '', text: 'answer 5', description: 'Should be 6.', category: 'Wrong Final Answer' },
  { location: '', text: 'y', description: 'd', category: 'Oversimplification' },
  { location: '', text: 'z', description: 'd', category: 'Something New' },
];

describe('parseJsonReport', () => {
  it('reads an array of issues with categories mapped to severities', () => {
    const report = parseJsonReport(JSON.stringify(ISSUES));
    expect(report?.format).toBe('json');
    expect(report?.score).toBeNull();
    expect(report?.findings.map((f) => [f.severity, f.category])).toEqual([
      ['critical', 'Overgeneralization'],
      ['gap', 'Missing Edge Cases'],
      ['gap', 'Skipping Computation Steps'],
      ['minor', 'Other'],
      ['gap', 'Citing Non-Standard Works or Theorems'],
      ['critical', 'Wrong Final Answer'],
      ['gap', 'Oversimplification'],
      ['gap', 'Something New'],
    ]);
    const [first, second, third] = report?.findings ?? [];
    expect(first).toMatchObject({
      quote: 'Hence every prime divisor of a_n divides a_{n+1}.',
      description: '(at Step 3, second paragraph) Only checked for n ≤ 3.',
      lines: null,
    });
    expect(second).toMatchObject({
      quote: 'the sum is even',
      description: 'Parity of n = 0 is not covered.',
    });
    expect(third.lines).toEqual({ start: 12, end: 14 });
  });

  it('reads {issues, score} inside a ```json fence after prose', () => {
    const text = `I checked the proof carefully.\n\n\`\`\`json\n${JSON.stringify({ issues: ISSUES.slice(0, 1), score: 0.5 }, null, 2)}\n\`\`\`\n`;
    expect(parseJsonReport(text)).toMatchObject({
      format: 'json',
      score: 0.5,
      summary: 'I checked the proof carefully.',
      findings: [{ severity: 'critical' }],
    });
  });

  it('finds unfenced JSON after prose, and repairs raw LaTeX in its strings', () => {
    const raw = String.raw`Verdict below. {"issues": [{"location": "Step 1", "text": "\frac{a}{b} \ge \theta \alpha \neq \nabla", "description": "line one\nline two", "category": "Other"}], "score": "1/2"}`;
    const report = parseJsonReport(raw);
    expect(report?.findings[0].quote).toBe(String.raw`\frac{a}{b} \ge \theta \alpha \neq \nabla`);
    expect(report?.findings[0].description).toBe('(at Step 1) line one\nline two');
    expect(report?.score).toBe(0.5);
    expect(report?.summary).toBe('Verdict below.');
  });

  it('accepts an empty list as a report with no findings', () => {
    expect(parseJsonReport('[]')).toMatchObject({ format: 'json', findings: [] });
    expect(parseJsonReport('```json\n{"issues": [], "score": 1}\n```')).toMatchObject({
      score: 1,
      findings: [],
    });
  });

  it('is not its format for prose, LaTeX braces or unrelated JSON', () => {
    expect(parseJsonReport('The set \\{1, 2\\} and [0, 1] are fine. \\boxed{1}')).toBeNull();
    expect(parseJsonReport('{"name": "x", "description": 3}')).toBeNull();
    expect(parseJsonReport('```json\n{"description": "unterminated\n```')).toBeNull();
  });
});

describe('repairLatexEscapes', () => {
  it('doubles LaTeX backslashes and keeps real JSON escapes', () => {
    const json = String.raw`{"a": "\frac \t\n\"\\ \u00e9 \underline \(x\)"}`;
    expect(JSON.parse(repairLatexEscapes(json))).toEqual({
      a: '\\frac \t\n"\\ é \\underline \\(x\\)',
    });
  });
});
