import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPrompt } from '../build';
import { requiredPurposesOf } from '../purposes';
import { describeProblemPublicly, loadPromptSet, PromptSetError, sha256 } from './load';
import { builtInSetDir, promptSetFor, promptSetProblems, setSourceFor } from './select';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A verifier-only set in a temporary directory. */
function writeSet(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-set-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const MANIFEST = '{\n  "name": "referee",\n  "parser": "imo25"\n}\n';

// What the app requires of a verifier's set (an optional purpose such as verify-part is not).
function problemsOf(dir: string, required = requiredPurposesOf('verifier')): string[] {
  try {
    loadPromptSet(dir, required);
  } catch (err) {
    if (err instanceof PromptSetError)
      return err.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.reason}`);
    throw err;
  }
  return [];
}

describe('loading a prompt set', () => {
  it("loads Proofdesk's own set for every role", () => {
    expect(promptSetProblems({})).toEqual([]);
    const set = promptSetFor('generator', {});
    expect(set.name).toBe('proofdesk');
    expect(set.parser).toBe('proofdesk');
    expect(Object.keys(set.templates).sort()).toEqual([
      'generate',
      'grade',
      'grade-checkpoints',
      'grade-no-rubric',
      'meta-verify',
      'refine',
      'refine-part',
      'refine-search',
      'rubric-draft',
      'verify',
      'verify-part',
    ]);
  });

  it('hashes each template by its exact text, and the set over all of them', () => {
    const dir = writeSet({ 'prompt-set.json': MANIFEST, 'verify.md': 'Check {proof}.' });
    const set = loadPromptSet(dir, ['verify']);
    expect(set.templates.verify?.hash).toBe(sha256('Check {proof}.'));
    expect(set.templates.verify?.hash).toMatch(/^[0-9a-f]{64}$/);
    fs.writeFileSync(path.join(dir, 'verify.md'), 'Check {proof} .');
    const edited = loadPromptSet(dir, ['verify']);
    expect(edited.templates.verify?.hash).not.toBe(set.templates.verify?.hash);
    expect(edited.hash).not.toBe(set.hash);
  });

  it('refuses a missing role, naming the manifest', () => {
    const dir = writeSet({ 'prompt-set.json': MANIFEST });
    expect(problemsOf(dir)).toEqual([
      'prompt-set.json:1: missing role: no template for "verify" (the verifier\'s), expected verify.md in the set',
    ]);
  });

  it('refuses an unknown placeholder, naming the file and line', () => {
    const dir = writeSet({
      'prompt-set.json': MANIFEST,
      'verify.md': '=== system ===\nReferee this.\n=== user ===\n{problem}\n\n{solution}',
    });
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/^verify\.md:6: unknown placeholder \{solution\}/);
    expect(problem).toContain('{numbered_proof}');
  });

  it('refuses an unknown parser, naming the manifest line', () => {
    const dir = writeSet({
      'prompt-set.json': '{\n  "name": "x",\n  "parser": "regex"\n}',
      'verify.md': '{proof}',
    });
    expect(problemsOf(dir)).toEqual([
      'prompt-set.json:3: unknown parser "regex" (one of auto, proofdesk, imo25, json, deepseek-prose)',
    ]);
  });

  it('refuses a template outside the set and a syntax error, each with its line', () => {
    const dir = writeSet({
      'prompt-set.json':
        '{\n  "name": "x",\n  "parser": "auto",\n  "templates": {\n    "verify": "../verify.md"\n  }\n}',
      'generate.md': 'Solve:\n\n{problem} in {0} steps',
    });
    expect(problemsOf(dir)).toEqual([
      "generate.md:3: \"{0} steps\" is not a placeholder: placeholders are {name}; write '{{' and '}}' for literal braces",
      'prompt-set.json:5: verify: "../verify.md" is outside the set\'s directory',
    ]);
  });

  it('lets a template keep its own placeholder names through the manifest', () => {
    const dir = writeSet({
      'prompt-set.json': '{"name":"x","parser":"auto","placeholders":{"question":"problem"}}',
      'generate.md': 'Q: {question}',
    });
    const set = loadPromptSet(dir, ['generate']);
    expect(buildPrompt('generate', { problem: 'P' }, set).messages[0].content).toBe('Q: P');
  });

  it('shows a browser the file name and line only, never the directory', () => {
    const dir = writeSet({ 'prompt-set.json': MANIFEST, 'verify.md': '{nope}' });
    try {
      loadPromptSet(dir, ['verify']);
    } catch (err) {
      const shown = (err as PromptSetError).problems.map(describeProblemPublicly).join('\n');
      expect(shown).toMatch(/^verify\.md:1: unknown placeholder \{nope\}/);
      expect(shown).not.toContain(dir);
    }
  });
});

describe('choosing a set per role', () => {
  it('takes the role variable, then PROOFDESK_PROMPTS, then the built-in set', () => {
    const env = {
      PROOFDESK_ROOT: '/srv/pd',
      PROOFDESK_PROMPTS: 'sets/a',
      PROOFDESK_VERIFIER_PROMPTS: '/abs/b',
    };
    expect(setSourceFor('verifier', env)).toEqual({
      dir: '/abs/b',
      variable: 'PROOFDESK_VERIFIER_PROMPTS',
    });
    expect(setSourceFor('grader', env)).toEqual({
      dir: '/srv/pd/sets/a',
      variable: 'PROOFDESK_PROMPTS',
    });
    expect(setSourceFor('grader', { PROOFDESK_ROOT: '/srv/pd' })).toEqual({
      dir: builtInSetDir({ PROOFDESK_ROOT: '/srv/pd' }),
      variable: null,
    });
  });

  it('refuses at start-up a set used for a role whose templates it lacks', () => {
    const dir = writeSet({ 'prompt-set.json': MANIFEST, 'verify.md': '{numbered_proof}' });
    expect(promptSetProblems({ PROOFDESK_VERIFIER_PROMPTS: dir })).toEqual([]);
    const problems = promptSetProblems({ PROOFDESK_PROMPTS: dir });
    expect(problems.some((p) => p.includes('no template for "generate"'))).toBe(true);
    expect(problems.some((p) => p.includes('no template for "grade"'))).toBe(true);
    expect(problems.every((p) => p.startsWith(dir))).toBe(true);
  });

  it('reads an edited template again', () => {
    const dir = writeSet({ 'prompt-set.json': MANIFEST, 'verify.md': 'one {proof}' });
    const env = { PROOFDESK_VERIFIER_PROMPTS: dir };
    const first = promptSetFor('verifier', env).templates.verify?.hash;
    fs.writeFileSync(path.join(dir, 'verify.md'), 'two {proof}');
    const t = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'verify.md'), t, t);
    expect(promptSetFor('verifier', env).templates.verify?.hash).not.toBe(first);
  });
});
