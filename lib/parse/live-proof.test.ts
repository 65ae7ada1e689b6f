import { describe, expect, it } from 'vitest';
import { MOCK_PROOF } from '@/scripts/mock-model/proof-texts';
import { parseGeneration } from './generation';
import { LiveProofParser, liveProof } from './live-proof';

const EVALUATION = `Here is my evaluation of the solution:

Every step is justified.

Based on my evaluation, the final overall score should be:
\\boxed{1}`;

const OUTPUTS: Record<string, string> = {
  'markdown headings': `## Solution\n\n${MOCK_PROOF}\n\n## Self Evaluation\n\n${EVALUATION}\n`,
  'bold headings': `**Solution**\n${MOCK_PROOF}\n\n**Self-Evaluation:**\n${EVALUATION}`,
  'no heading, bare opening': `${MOCK_PROOF}\n\n${EVALUATION}`,
  'leading blank lines': `\n\n### Solution\n\n\n${MOCK_PROOF}\n## Self-evaluation\n${EVALUATION}`,
  'solution words inside the proof': `## Solution\nSolutions of x^2=1 are ±1.\nSelf-evident.\n\n## Self Evaluation\n${EVALUATION}`,
};

describe('liveProof', () => {
  it.each(Object.entries(OUTPUTS))(
    'every prefix of a draft (%s) shows a prefix of the proof that is stored',
    (_name, output) => {
      const stored = parseGeneration(output).proof;
      for (let i = 0; i <= output.length; i++) {
        const shown = liveProof(output.slice(0, i));
        if (!stored.startsWith(shown)) {
          throw new Error(`at ${i}: ${JSON.stringify(shown.slice(-60))} is not a prefix`);
        }
      }
      expect(liveProof(output)).toBe(stored);
    },
  );

  it.each(Object.entries(OUTPUTS))(
    'the incremental parser agrees with liveProof at every prefix (%s)',
    (_name, output) => {
      const parser = new LiveProofParser();
      for (let i = 0; i < output.length; i += 3) {
        parser.append(output.slice(i, i + 3));
        const [from, to] = parser.range();
        expect(parser.text.slice(from, to)).toBe(liveProof(parser.text));
      }
    },
  );

  it('never shows the Solution heading, even while it arrives', () => {
    for (const partial of ['#', '## Sol', '## Solution', '## Solution\n', '**Solu']) {
      expect(liveProof(partial)).toBe('');
    }
    expect(liveProof('## Solution\nLet x > 0.')).toBe('Let x > 0.');
  });

  it('stops at the self-evaluation once its heading has started', () => {
    const head = `## Solution\n${MOCK_PROOF}\n\n## Self Ev`;
    expect(liveProof(head)).toBe(MOCK_PROOF);
    expect(liveProof(`${head}aluation\nHere is my evaluation`)).toBe(MOCK_PROOF);
  });

  it('keeps the proof line numbers of the stored draft at every moment', () => {
    const output = OUTPUTS['markdown headings'];
    const storedLines = parseGeneration(output).proof.split('\n');
    const mid = liveProof(output.slice(0, output.indexOf('Hence the left-hand')));
    mid.split('\n').forEach((line, i) => {
      expect(storedLines[i].startsWith(line)).toBe(true);
    });
  });
});
