import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generationMessages } from './generate';
import { gradingMessages } from './grade';
import { metaVerificationMessages } from './meta-verify';
import { refinementMessages } from './refine';
import { searchRefinementMessages } from './refine-search';
import { rubricDraftMessages } from './rubric-draft';
import { verificationMessages } from './verify';

/**
 * Proofdesk's own prompts moved from code into prompts/proofdesk: the messages must be the
 * very ones the code-built prompts sent (captured before the move, in the fixture).
 */
const before = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '../../test/fixtures/prompts/proofdesk-messages.json'),
    'utf8',
  ),
);

const problem = 'Prove that $\\sqrt{2}$ is irrational.\n\n\\emph{Hint}: {none} {{x}}.\n';
const proof = 'Suppose $\\sqrt2 = p/q$ with {p, q} coprime.\n\nThen $p^2 = 2q^2$.  \n';
const fb = {
  severity: 'critical',
  quote: 'x > 0',
  lines: 'L3',
  description: 'Unjustified.',
  suggestion: 'Prove it.',
  decision: 'accepted' as const,
  note: '',
};

describe("Proofdesk's own prompt set", () => {
  it.each([
    ['generate', () => generationMessages(problem)],
    ['verify', () => verificationMessages(problem, proof)],
    ['metaVerify', () => metaVerificationMessages(problem, proof, 'Here is my evaluation: {bad}')],
    ['refineNone', () => refinementMessages(problem, proof, [])],
    [
      'refineSome',
      () =>
        refinementMessages(problem, proof, [
          fb,
          { ...fb, lines: null, quote: '', suggestion: '', note: 'keep', decision: 'overridden' },
          { ...fb, note: 'careful' },
        ]),
    ],
    ['searchOne', () => searchRefinementMessages(problem, [{ proof, evaluations: [] }])],
    [
      'searchTwo',
      () =>
        searchRefinementMessages(problem, [
          { proof, evaluations: ['e1', 'e2'] },
          { proof: 'p2', evaluations: ['e3'] },
        ]),
    ],
    [
      'gradeFull',
      () =>
        gradingMessages({
          problem,
          proof,
          solution: ' sol ',
          guidelines: '(Partial)\n 1. x',
          shortAnswer: '$42$',
        }),
    ],
    ['gradeNone', () => gradingMessages({ problem, proof })],
    ['gradeSolutionOnly', () => gradingMessages({ problem, proof: '  ', solution: 'sol' })],
    [
      'gradeGuidelinesOnly',
      () => gradingMessages({ problem: '', proof, guidelines: 'g', shortAnswer: '  ' }),
    ],
  ])('%s sends the same messages as before the move', (name, build) => {
    expect(build()).toEqual(before[name]);
  });
});

describe("Proofdesk's prompt files", () => {
  const dir = path.join(__dirname, '../../prompts/proofdesk');
  const templates = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));

  // A prompt moved out of code once kept a doc comment and `export const … = \`` at its head,
  // and the model was sent them; prompt text is prose for the model, never source.
  it.each(templates)('%s holds prompt text only, no source code', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(text).not.toMatch(/^\s*(export|import|const)\s/m);
    expect(text).not.toMatch(/^\s*(\/\*\*|\*\/|\* )/m);
    expect(text).not.toContain('`');
  });

  it('the rubric draft asks for a grading scheme from its first word', () => {
    const [system, user] = rubricDraftMessages({
      problem: 'Prove Nesbitt.',
      solution: 'REFERENCE: normalise.',
      guidelines: '',
    });
    expect(system.content).toMatch(/^You are writing a grading scheme/);
    expect(user.content).toContain('REFERENCE: normalise.');
    expect(user.content).toContain('(none given)');
  });
});
