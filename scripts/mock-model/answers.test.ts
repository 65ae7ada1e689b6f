import { describe, expect, it } from 'vitest';
import { refinementMessages } from '@/lib/prompts/refine';
import { verificationMessages } from '@/lib/prompts/verify';
import { buildAnswer } from './answers';
import { chunkText } from './chunking';
import { buildLongAnswer } from './long-proof';
import {
  MOCK_FIXED_LINE,
  MOCK_FLAWED_LINE,
  MOCK_GAP_LINE,
  MOCK_GENERATION_ANSWER,
  MOCK_MINOR_LINE,
  MOCK_PROBLEM,
  MOCK_PROOF,
} from './proof-texts';
import type { ReportFormat } from './report-formats';
import { scenarioDefaults } from './scenario';

const lineNumber = (proof: string, line: string) => proof.split('\n').indexOf(line) + 1;

function verify(proof: string, format: ReportFormat = 'ours'): string {
  const scenario = { ...scenarioDefaults('default'), format };
  return buildAnswer('verification', verificationMessages(MOCK_PROBLEM, proof), scenario).content;
}

function solutionOf(answer: string): string {
  return answer.split('## Solution\n\n')[1].split('\n\n## Self Evaluation')[0];
}

describe('the generated proof', () => {
  it('is in the DeepSeekMath-V2 format with LaTeX and the three planted lines', () => {
    expect(MOCK_GENERATION_ANSWER).toMatch(/^## Solution\n/);
    expect(MOCK_GENERATION_ANSWER).toContain(
      '## Self Evaluation\n\nHere is my evaluation of the solution:',
    );
    expect(MOCK_GENERATION_ANSWER).toMatch(/final overall score should be: \\boxed\{0\.5\}$/);
    const lines = MOCK_PROOF.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(15);
    expect(lines.length).toBeLessThanOrEqual(25);
    for (const planted of [MOCK_FLAWED_LINE, MOCK_GAP_LINE, MOCK_MINOR_LINE]) {
      expect(lines).toContain(planted);
    }
    expect(MOCK_PROOF).toContain('\\(');
    expect(MOCK_PROOF).toContain('\\[');
  });
});

describe('verification reports', () => {
  it('cites the planted lines with the right line numbers', () => {
    const report = verify(MOCK_PROOF);
    expect(report).toMatch(/^Here is my evaluation of the solution:/);
    const issues = report.split('### Issues')[1];
    expect(issues).toContain(
      `[ISSUE 1]\nSeverity: critical\nLines: L${lineNumber(MOCK_PROOF, MOCK_FLAWED_LINE)}\nQuote: "${MOCK_FLAWED_LINE}"`,
    );
    expect(issues).toContain(`Severity: gap\nLines: L${lineNumber(MOCK_PROOF, MOCK_GAP_LINE)}\n`);
    expect(issues).toContain(
      `Severity: minor\nLines: L${lineNumber(MOCK_PROOF, MOCK_MINOR_LINE)}\n`,
    );
    expect(issues.match(/Suggested fix: /g)).toHaveLength(3);
    expect(report).toMatch(/### Score\n.*\\boxed\{0\}$/);
  });

  it('thinks at length before the report when the scenario asks for it', () => {
    const messages = verificationMessages(MOCK_PROBLEM, MOCK_PROOF);
    const short = buildAnswer('verification', messages, scenarioDefaults('default'));
    const long = buildAnswer('verification', messages, {
      ...scenarioDefaults('default'),
      reasoningChars: 3000,
    });
    expect(long.reasoning.startsWith(short.reasoning)).toBe(true);
    expect(long.reasoning.length).toBe(short.reasoning.length + 1 + 3000);
    expect(long.content).toBe(short.content);
  });

  it('follows the lines when the proof was edited', () => {
    const edited = `An added first line.\nAnd a second.\n${MOCK_PROOF}`;
    expect(verify(edited)).toContain(`Lines: L${lineNumber(MOCK_PROOF, MOCK_FLAWED_LINE) + 2}\n`);
  });

  it('passes the refined proof at 1 with no issues', () => {
    const refined = buildAnswer(
      'refinement',
      refinementMessages(MOCK_PROBLEM, MOCK_PROOF, []),
      scenarioDefaults('default'),
    ).content;
    expect(refined).toMatch(/\\boxed\{1\}$/);
    const proof = solutionOf(refined);
    expect(proof).toContain(MOCK_FIXED_LINE);
    expect(proof).not.toContain(MOCK_FLAWED_LINE);
    expect(proof).not.toContain(MOCK_GAP_LINE);
    const report = verify(proof);
    expect(report).not.toContain('[ISSUE');
    expect(report).toMatch(/### Issues\nNone\.\n\n### Score\n.*\\boxed\{1\}$/);
  });

  it('refines the proof it was given, keeping the person’s edits', () => {
    const edited = MOCK_PROOF.replace('This completes the proof.', 'Done, as claimed.');
    const refined = buildAnswer(
      'refinement',
      refinementMessages(MOCK_PROBLEM, edited, []),
      scenarioDefaults('default'),
    ).content;
    expect(solutionOf(refined)).toContain('Done, as claimed.');
  });

  it('writes the IMO25 agent format', () => {
    const report = verify(MOCK_PROOF, 'imo25');
    expect(report).toContain('**Final Verdict:**');
    expect(report).toContain('**List of Findings:**');
    expect(report).toContain(`* **Location:** "${MOCK_FLAWED_LINE}"`);
    expect(report).toContain('* **Issue:** Critical Error – ');
    expect(report).toContain('* **Issue:** Justification Gap – ');
    expect(report).toContain('**Detailed Verification Log**');
  });

  it('writes free DeepSeek prose quoting the flaw', () => {
    const report = verify(MOCK_PROOF, 'deepseek');
    expect(report).toContain(`"${MOCK_FLAWED_LINE}"`);
    expect(report).not.toContain('### Issues');
    expect(report).toMatch(/\\boxed\{0\}$/);
  });

  it('writes a JSON array of Open Proof Corpus issues', () => {
    const report = verify(MOCK_PROOF, 'json');
    const json = /```json\n([\s\S]*?)\n```/.exec(report)?.[1] ?? '';
    const items = JSON.parse(json);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ text: MOCK_FLAWED_LINE, category: 'Overgeneralization' });
    expect(Object.keys(items[0]).sort()).toEqual(['category', 'description', 'location', 'text']);
  });

  it('writes an unreadable report with no findings block and no score', () => {
    const report = verify(MOCK_PROOF, 'unreadable');
    expect(report).not.toMatch(/### Issues|\\boxed|ISSUE/);
  });
});

describe('other kinds', () => {
  it('answers meta-verification with a boxed score and grading with points', () => {
    const scenario = scenarioDefaults('default');
    const meta = buildAnswer(
      'meta-verification',
      [{ role: 'user', content: 'meta-verify' }],
      scenario,
    );
    expect(meta.content).toMatch(/\\boxed\{1\}$/);
    const flawed = buildAnswer('grading', [{ role: 'user', content: MOCK_PROOF }], scenario);
    expect(flawed.content).toContain('<points>1 out of 7</points>');
    const fixed = buildAnswer('grading', [{ role: 'user', content: 'a good proof' }], scenario);
    expect(fixed.content).toContain('<points>7 out of 7</points>');
  });

  it('builds a long proof of about the requested number of tokens, with LaTeX', () => {
    const long = buildLongAnswer(20_000);
    const chunks = chunkText(long).length;
    expect(chunks).toBeGreaterThanOrEqual(20_000);
    expect(chunks).toBeLessThan(20_300);
    expect(long).toContain('\\[');
    expect(long).toMatch(/\\boxed\{1\}$/);
    // A tag from the prompt marks every step; without one the text is unchanged.
    const steps = (text: string) => text.match(/\*\*Step \d+\.\*\*/g)?.length ?? 0;
    const tagged = buildLongAnswer(2_000, 's07');
    expect(tagged.match(/\*\*Step \d+\.\*\* \[s07\]/g)?.length).toBe(steps(tagged));
    expect(steps(tagged)).toBeGreaterThan(10);
    expect(buildLongAnswer(2_000)).not.toContain('[s07]');
  });

  it('chunks text losslessly into pieces of at most 6 characters', () => {
    const text = 'Here is\n\n  <think>reasoning</think> \\(\\frac{a}{b}\\) done.';
    const chunks = chunkText(text);
    expect(chunks.join('')).toBe(text);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(6);
  });
});
