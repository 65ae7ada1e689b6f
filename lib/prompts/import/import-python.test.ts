import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPrompt } from '../build';
import { loadPromptSet } from '../set/load';
import { makeImportedSet } from './make-set';
import { decodePythonEscapes, readPythonStrings } from './python-strings';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/prompts/math_templates.py');
const source = fs.readFileSync(FIXTURE, 'utf8');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('reading template strings from a Python file', () => {
  const strings = readPythonStrings(source);
  const byName = Object.fromEntries(strings.map((s) => [s.name, s.value]));

  it('finds module strings and dict entries, and skips code', () => {
    expect(strings.map((s) => s.name)).toEqual([
      'SCORE_SCALE',
      'proof_generation',
      'proof_verification',
      'meta_verification',
      'proof_refinement',
      'notes',
    ]);
  });

  it('applies Python escapes to normal strings and none to raw ones', () => {
    expect(byName.proof_generation).toContain('\\boxed{{}}');
    expect(byName.proof_verification).toContain('\\boxed{{score}}');
    expect(byName.proof_refinement).toContain('Tab\there, a quote " and a brace pair {{ }}');
    expect(decodePythonEscapes('a\\nb\\x41\\q\\\\')).toBe('a\nbA\\q\\');
  });

  it('joins adjacent literals inside parentheses, as Python does', () => {
    expect(byName.meta_verification).toBe(
      "You are reviewing a referee's report, not the proof.\nProblem: {question}\nProof: {proof}\nReport:\n{analysis}\n\nIs each claimed defect real? Answer with \\boxed{{1}}, \\boxed{{0.5}} or \\boxed{{0}}.",
    );
  });
});

describe('making a prompt set from them', () => {
  it('maps names to purposes, keeps the text, and aliases known placeholder names', () => {
    const set = makeImportedSet(readPythonStrings(source), {
      name: 'mine',
      parser: 'deepseek-prose',
    });
    expect(set.mapped).toEqual({
      generate: 'proof_generation',
      verify: 'proof_verification',
      'meta-verify': 'meta_verification',
      refine: 'proof_refinement',
    });
    expect(set.unmapped).toEqual(['notes']);
    const manifest = JSON.parse(set.files['prompt-set.json']);
    expect(manifest.placeholders).toEqual({ question: 'problem', analysis: 'evaluation' });
    expect(set.files['proof_verification.md']).toContain('\\boxed{{score}}');
  });

  it('gives a set that loads and renders the template text with the values in place', () => {
    const set = makeImportedSet(readPythonStrings(source), {
      name: 'mine',
      parser: 'deepseek-prose',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-import-'));
    dirs.push(dir);
    for (const [f, text] of Object.entries(set.files)) fs.writeFileSync(path.join(dir, f), text);
    const loaded = loadPromptSet(dir, ['generate', 'verify', 'meta-verify']);
    expect(loaded.parser).toBe('deepseek-prose');
    const [msg] = buildPrompt(
      'verify',
      { problem: 'Show $n^2 \\ge 0$.', proof: 'Squares {are} non-negative.', numbered_proof: '' },
      loaded,
    ).messages;
    expect(msg.content).toBe(
      'You are checking a proof line by line.\n\nProblem: Show $n^2 \\ge 0$.\n\nProof under review:\nSquares {are} non-negative.\n\nReport each defect you find, then end with \\boxed{score} where score is 0, 0.5 or 1.',
    );
  });
});
