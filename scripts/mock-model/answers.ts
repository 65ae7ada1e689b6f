import { messageText, type RequestKind, type WireMessage } from './classify';
import { buildLongAnswer, buildLongReasoning } from './long-proof';
import { mockFindings } from './mock-findings';
import { readNumberedProof } from './numbered-proof';
import { partReplacementAnswer } from './part-answer';
import { MOCK_FLAWED_LINE, MOCK_GENERATION_ANSWER, MOCK_PROOF, refinedAnswer } from './proof-texts';
import { renderReport } from './report-formats';
import { MOCK_RUBRIC_DRAFT, rubricGrading } from './rubric-answers';
import type { Scenario } from './scenario';
import { MOCK_STRUCTURED_ANSWER } from './structured-proof';

/** What the scripted model "thinks" and then answers for one request. */
export type MockAnswer = { reasoning: string; content: string };

const REASONING: Record<RequestKind, string> = {
  generation:
    'We need to prove Nesbitt-type inequality. Normalise \\(a + b + c = 1\\), so each term becomes \\(\\frac{x}{1-x}\\). Maybe a termwise linear lower bound works; try \\(\\frac{x}{1-x} \\ge \\frac{3x}{2}\\) and sum. That gives exactly \\(\\frac{3}{2}\\). Good, write it up.',
  refinement:
    'The reviewers say the termwise bound fails for \\(x < \\frac{1}{3}\\). Use the tangent line at \\(x = \\frac{1}{3}\\) instead: \\(\\frac{x}{1-x} \\ge \\frac{9x - 1}{4}\\), since the difference times \\(4(1-x)\\) is \\((3x - 1)^2\\). Summing gives \\(\\frac{9 - 3}{4} = \\frac{3}{2}\\). Also derive the equality case properly.',
  verification:
    'Check each step. Normalisation fine. Is \\(\\frac{x}{1-x} \\ge \\frac{3x}{2}\\) true for all \\(x \\in (0, 1)\\)? It is equivalent to \\(1 - x \\le \\frac{2}{3}\\), i.e. \\(x \\ge \\frac{1}{3}\\). Try \\(x = 0.1\\): \\(0.111 < 0.15\\). So the step is false in general.',
  'meta-verification':
    'Check whether the issues the verification claims are real and whether its score follows from them.',
  grading: 'Compare the proof with the reference solution and the grading guidelines.',
  'part-refinement':
    'Only this part is to be rewritten: repair its lines the findings point at, keep its label, and leave the rest of the proof alone.',
  'rubric-drafting':
    'Split the reference solution into its key steps and weigh them: the set-up is easy, the estimate is the heart.',
};

function allText(messages: WireMessage[]): string {
  return messages.map(messageText).join('\n\n');
}

/** The candidate proof inside a refinement prompt, without our answer-format headings. */
export function candidateProof(prompt: string): string {
  const m = /## Candidate Solution 1\s*\n([\s\S]*?)\n## Evaluations of Candidate Solution 1/.exec(
    prompt,
  );
  if (!m) return MOCK_PROOF;
  const body = m[1]
    .replace(/^\s*## Solution\s*\n/, '')
    .replace(/\n## Self Evaluation[\s\S]*$/, '')
    .trim();
  return body || MOCK_PROOF;
}

function verificationReport(prompt: string, scenario: Scenario): string {
  const numbered = readNumberedProof(prompt);
  // A prompt set that sends the proof without line numbers: read the prompt's lines.
  const lines = prompt.split(/\r?\n/);
  const proof = numbered.lines.length ? numbered : { numbers: lines.map((_, i) => i + 1), lines };
  const findings = mockFindings(proof);
  return renderReport(scenario.format, findings);
}

export function buildAnswer(
  kind: RequestKind,
  messages: WireMessage[],
  scenario: Scenario,
): MockAnswer {
  const prompt = allText(messages);
  const reasoning = REASONING[kind];
  switch (kind) {
    case 'verification':
      return {
        reasoning: scenario.reasoningChars
          ? `${reasoning} ${buildLongReasoning(scenario.reasoningChars)}`
          : reasoning,
        content: verificationReport(prompt, scenario),
      };
    case 'refinement':
      return { reasoning, content: refinedAnswer(candidateProof(prompt)) };
    case 'meta-verification':
      return {
        reasoning,
        content:
          'Here is my evaluation of the verification: the issues it raises are real defects of the proof, its restatement of the proof is accurate, and its score follows from them.\n\nBased on my evaluation, the final overall score should be: \\boxed{1}',
      };
    case 'rubric-drafting':
      return { reasoning, content: MOCK_RUBRIC_DRAFT };
    case 'part-refinement':
      return { reasoning, content: scenario.content ?? partReplacementAnswer(prompt) };
    case 'grading': {
      if (prompt.includes('## Rubric')) {
        return { reasoning, content: rubricGrading(prompt, prompt.includes(MOCK_FLAWED_LINE)) };
      }
      const points = prompt.includes(MOCK_FLAWED_LINE) ? 1 : 7;
      return {
        reasoning,
        content: `The proof ${points === 7 ? 'is complete and rigorous' : 'sets up the problem correctly but its key estimate is false, which is partial progress at most'}.\n\n<points>${points} out of 7</points>`,
      };
    }
    default:
      return {
        reasoning: scenario.reasoningChars
          ? buildLongReasoning(scenario.reasoningChars)
          : reasoning,
        content:
          scenario.content ??
          (scenario.name === 'long'
            ? buildLongAnswer(scenario.words, /\[\[tag:([\w-]+)\]\]/.exec(prompt)?.[1])
            : scenario.name === 'structured'
              ? MOCK_STRUCTURED_ANSWER
              : MOCK_GENERATION_ANSWER),
      };
  }
}
