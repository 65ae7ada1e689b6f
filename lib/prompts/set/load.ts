import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isSetParser, SET_PARSER_NAMES, type SetParser } from '../parsers';
import {
  defaultTemplateFile,
  PROMPT_PURPOSES,
  type PromptPurpose,
  PURPOSE_NAMES,
} from '../purposes';
import { type ParsedTemplate, parseTemplate, TemplateError } from '../template/parse';
import { lineOfKey, MANIFEST_FILE, type Manifest, manifestSchema } from './manifest';

export type LoadedTemplate = {
  purpose: PromptPurpose;
  /** The template file's text, exactly as on disk. */
  source: string;
  /** sha256 of that text (hex): what a run records. */
  hash: string;
  parsed: ParsedTemplate;
};

export type PromptSet = {
  name: string;
  description: string;
  parser: SetParser;
  /** Where it was read from (server only: never sent to a browser). */
  dir: string;
  /** sha256 over the manifest and every template. */
  hash: string;
  templates: Partial<Record<PromptPurpose, LoadedTemplate>>;
  /** A template's own placeholder name → the value it stands for. */
  aliases: Record<string, string>;
};

/** One reason a set was refused: the file (full path, server only), the line, why. */
export type SetProblem = { file: string; line: number; reason: string };

/** `file:line: reason`, with the full path (for the server's log). */
export const describeProblem = (p: SetProblem) => `${p.file}:${p.line}: ${p.reason}`;

/** The same with the file's own name only: what a browser may see. */
export const describeProblemPublicly = (p: SetProblem) =>
  `${path.basename(p.file)}:${p.line}: ${p.reason.replaceAll(path.dirname(p.file), '…')}`;

/** Why a set was refused: every problem, each naming its file and line. */
export class PromptSetError extends Error {
  constructor(readonly problems: SetProblem[]) {
    super(`prompt set refused:\n  ${problems.map(describeProblem).join('\n  ')}`);
  }
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readManifest(
  dir: string,
  problems: SetProblem[],
): { manifest: Manifest; text: string } | null {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    problems.push({
      file,
      line: 1,
      reason: `missing (a prompt set is a directory with ${MANIFEST_FILE})`,
    });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    problems.push({ file, line: 1, reason: `not JSON (${(err as Error).message})` });
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
      problems.push({
        file,
        line: lineOfKey(text, key),
        reason: `${issue.path.join('.') || key}: ${issue.message}`,
      });
    }
    return null;
  }
  if (!isSetParser(parsed.data.parser)) {
    problems.push({
      file,
      line: lineOfKey(text, 'parser'),
      reason: `unknown parser "${parsed.data.parser}" (one of ${SET_PARSER_NAMES.join(', ')})`,
    });
  }
  return { manifest: parsed.data, text };
}

function loadTemplate(
  dir: string,
  purpose: PromptPurpose,
  manifest: { manifest: Manifest; text: string },
  required: boolean,
  problems: SetProblem[],
): LoadedTemplate | null {
  const named = manifest.manifest.templates?.[purpose];
  const name = named ?? defaultTemplateFile(purpose);
  const file = path.join(dir, name);
  // A template is read from inside its set's directory only.
  if (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file))) {
    problems.push({
      file: path.join(dir, MANIFEST_FILE),
      line: lineOfKey(manifest.text, purpose),
      reason: `${purpose}: "${name}" is outside the set's directory`,
    });
    return null;
  }
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    if (required || named) {
      const role = PROMPT_PURPOSES[purpose].role;
      problems.push({
        file: path.join(dir, MANIFEST_FILE),
        line: named ? lineOfKey(manifest.text, purpose) : 1,
        reason: `missing role: no template for "${purpose}" (the ${role}'s), expected ${name} in the set`,
      });
    }
    return null;
  }
  let parsed: ParsedTemplate;
  try {
    parsed = parseTemplate(source);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    problems.push({ file, line: err.line, reason: err.reason });
    return null;
  }
  const allowed: readonly string[] = PROMPT_PURPOSES[purpose].placeholders;
  const aliases = manifest.manifest.placeholders ?? {};
  for (const use of parsed.placeholders) {
    const meant = Object.hasOwn(aliases, use.name) ? aliases[use.name] : use.name;
    if (!allowed.includes(meant)) {
      problems.push({
        file,
        line: use.line,
        reason: `unknown placeholder {${use.name}} (${purpose} takes ${allowed.map((a) => `{${a}}`).join(', ')}; write {{ and }} for literal braces)`,
      });
    }
  }
  return { purpose, source, hash: sha256(source), parsed };
}

/**
 * Reads and checks a prompt set: its manifest, then a template for each purpose it has
 * (each of `required` must be there). Template text is only ever parsed as data. Throws
 * `PromptSetError` listing every problem found.
 */
export function loadPromptSet(dir: string, required: readonly PromptPurpose[]): PromptSet {
  const problems: SetProblem[] = [];
  const manifest = readManifest(dir, problems);
  if (!manifest) throw new PromptSetError(problems);
  const templates: PromptSet['templates'] = {};
  for (const purpose of PURPOSE_NAMES) {
    const t = loadTemplate(dir, purpose, manifest, required.includes(purpose), problems);
    if (t) templates[purpose] = t;
  }
  if (problems.length) throw new PromptSetError(problems);
  const hash = sha256(
    [manifest.text, ...PURPOSE_NAMES.map((p) => `${p}:${templates[p]?.hash ?? ''}`)].join('\n'),
  );
  return {
    name: manifest.manifest.name,
    description: manifest.manifest.description ?? '',
    parser: manifest.manifest.parser as SetParser,
    dir,
    hash,
    templates,
    aliases: manifest.manifest.placeholders ?? {},
  };
}
