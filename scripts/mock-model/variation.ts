import { candidateProof, type MockAnswer } from './answers';
import { messageText, type RequestKind, type WireMessage } from './classify';
import { mockFindings } from './mock-findings';
import { readNumberedProof } from './numbered-proof';
import { formatAnswer, MOCK_FLAWED_LINE } from './proof-texts';
import { renderReport } from './report-formats';
import type { Scenario } from './scenario';

/**
 * Per-request variation, off by default (existing behaviour unchanged):
 * - `vary: 1` — verifications of a flawed proof cycle through 8 reports (see PATTERN):
 *   different findings and scores per sample, so many verifiers disagree as real ones do;
 *   the meta-verifier then rates 0 a report that misses the planted critical flaw.
 * - `slowEvery: k` — every proof gets a tag line `(Draft n.)`; every request about a proof
 *   whose n is a multiple of k takes `slowFactor`× `latencyMs` (some proofs much slower).
 * - `refineFixes: 0` — refinement keeps the flaw (a search then never passes).
 */
export type Counters = { verifications: number; proofs: number; failedSamples: number };

const KINDS = ['critical', 'gap', 'minor'] as const;
type Kind = (typeof KINDS)[number];

/** Over 8 samples: critical found by 5, gap by 4, minor by 2; scores 5× 0, 2× 0.5, 1× 1. */
const PATTERN: ReadonlyArray<{ keep: Kind[]; score: string }> = [
  { keep: ['critical', 'gap'], score: '0' },
  { keep: ['critical', 'gap'], score: '0' },
  { keep: ['critical'], score: '0' },
  { keep: ['critical', 'gap'], score: '0' },
  { keep: ['critical'], score: '0' },
  { keep: ['minor'], score: '0.5' },
  { keep: ['gap', 'minor'], score: '0.5' },
  { keep: [], score: '1' },
];

const TAG = /\(Draft (\d+)\.\)/;

function prompt(messages: WireMessage[]): string {
  return messages.map(messageText).join('\n\n');
}

function withTag(content: string, tag: number): string {
  const line = `(Draft ${tag}.)`;
  if (TAG.test(content)) return content.replace(TAG, line);
  return content.replace(/\n\n## Self Evaluation/, `\n${line}\n\n## Self Evaluation`);
}

function variedReport(text: string, scenario: Scenario, n: number): string {
  const all = mockFindings(readNumberedProof(text));
  if (!all.length) return renderReport(scenario.format, []);
  const row = PATTERN[n % PATTERN.length];
  const kept = all.filter((f) => row.keep.includes(f.severity));
  return renderReport(scenario.format, kept).replace(
    /\\boxed\{[^}]*\}\s*$/,
    `\\boxed{${row.score}}`,
  );
}

export function prepareVariation(
  kind: RequestKind,
  messages: WireMessage[],
  scenario: Scenario,
  counters: Counters,
): { latencyMs: number; apply: (answer: MockAnswer) => MockAnswer } {
  const text = prompt(messages);
  let tag: number | null = null;
  if (scenario.slowEvery > 0) {
    if (kind === 'generation' || kind === 'refinement') tag = ++counters.proofs;
    else tag = Number(TAG.exec(text)?.[1] ?? 0) || null;
  }
  const slow = tag !== null && scenario.slowEvery > 0 && tag % scenario.slowEvery === 0;
  const latencyMs = scenario.latencyMs * (slow ? scenario.slowFactor : 1);
  const n = kind === 'verification' ? counters.verifications++ : 0;
  const apply = (answer: MockAnswer): MockAnswer => {
    let content = answer.content;
    if (kind === 'refinement' && !scenario.refineFixes) {
      content = formatAnswer(
        candidateProof(text),
        'Here is my evaluation of the solution: I kept the argument.',
        '0.5',
      );
    }
    if (kind === 'verification' && scenario.vary) content = variedReport(text, scenario, n);
    if (kind === 'meta-verification' && scenario.vary) {
      // Only the evaluation counts: the prompt also shows the (flawed) proof itself.
      const evaluation = text.split(/## Evaluation to meta-verify/i).at(-1) ?? text;
      const real = evaluation.includes(MOCK_FLAWED_LINE);
      content = `Here is my evaluation of the verification: ${real ? 'the issues it raises are real and its score follows from them' : 'it misses the fatal flaw and the issues it raises do not justify its score'}.\n\nBased on my meta-verification, the final overall score should be: \\boxed{${real ? 1 : 0}}`;
    }
    if (tag !== null && (kind === 'generation' || kind === 'refinement')) {
      content = withTag(content, tag);
    }
    return { ...answer, content };
  };
  return { latencyMs, apply };
}
