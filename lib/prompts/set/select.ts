import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { ModelRole } from '@/lib/schemas/settings';
import { requiredPurposesOf } from '../purposes';
import { describeProblem, loadPromptSet, type PromptSet, PromptSetError } from './load';
import { MANIFEST_FILE } from './manifest';

/** The environment variables read (process.env, or a test's own). */
export type Env = Readonly<Record<string, string | undefined>>;

const ROLE_ENV: Record<ModelRole, string> = {
  generator: 'PROOFDESK_GENERATOR_PROMPTS',
  verifier: 'PROOFDESK_VERIFIER_PROMPTS',
  'meta-verifier': 'PROOFDESK_META_VERIFIER_PROMPTS',
  grader: 'PROOFDESK_GRADER_PROMPTS',
};

export const PROMPT_ROLES = Object.keys(ROLE_ENV) as ModelRole[];

/** Where a role's set came from: its own variable, the shared one, or Proofdesk's own. */
export type SetSource = { dir: string; variable: string | null };

function root(env: Env): string {
  return env.PROOFDESK_ROOT ?? process.cwd();
}

export function builtInSetDir(env: Env = process.env): string {
  return path.join(root(env), 'prompts', 'proofdesk');
}

/** `PROOFDESK_<ROLE>_PROMPTS`, else `PROOFDESK_PROMPTS`, else `prompts/proofdesk`. */
export function setSourceFor(role: ModelRole, env: Env = process.env): SetSource {
  for (const variable of [ROLE_ENV[role], 'PROOFDESK_PROMPTS']) {
    const value = env[variable]?.trim();
    if (value) return { dir: path.resolve(root(env), value), variable };
  }
  return { dir: builtInSetDir(env), variable: null };
}

type Cached = { stamp: string; set: PromptSet };
const cache = new Map<string, Cached>();

/** Changes when any file of the set changes, so an edited template is read again. */
function stampOf(dir: string): string {
  try {
    return fs
      .readdirSync(dir)
      .sort()
      .map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`)
      .join('|');
  } catch {
    return `missing:${path.join(dir, MANIFEST_FILE)}`;
  }
}

/** The set a role's prompts come from, read from disk (again only after a file changed). */
export function promptSetFor(role: ModelRole, env: Env = process.env): PromptSet {
  const { dir } = setSourceFor(role, env);
  const key = `${role}\n${dir}`;
  const stamp = stampOf(dir);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.set;
  const set = loadPromptSet(dir, requiredPurposesOf(role));
  cache.set(key, { stamp, set });
  return set;
}

/** Every role's set checked, as at start-up: the problems found (empty when all load). */
export function promptSetProblems(env: Env = process.env): string[] {
  const problems = new Set<string>();
  for (const role of PROMPT_ROLES) {
    try {
      promptSetFor(role, env);
    } catch (err) {
      if (!(err instanceof PromptSetError)) throw err;
      for (const p of err.problems) problems.add(describeProblem(p));
    }
  }
  return [...problems];
}
