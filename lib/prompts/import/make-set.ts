import { PROMPT_PURPOSES, type PromptPurpose, PURPOSE_NAMES } from '../purposes';
import { parseTemplate } from '../template/parse';
import type { PythonString } from './python-strings';

/** Which purpose a template's name suggests (first rule that matches; `meta` before `verif`). */
const NAME_RULES: ReadonlyArray<readonly [RegExp, PromptPurpose]> = [
  [/meta/i, 'meta-verify'],
  [/refine|refinement/i, 'refine'],
  [/verif|evaluat|judge|critic/i, 'verify'],
  [/grad(e|ing)|mark/i, 'grade'],
  [/gen|solve|solution|proof/i, 'generate'],
];

/** Other projects' names for the values Proofdesk fills in. */
const ALIASES: Record<string, string> = {
  question: 'problem',
  statement: 'problem',
  problem_statement: 'problem',
  solution: 'proof',
  proof_text: 'proof',
  candidate: 'proof',
  analysis: 'evaluation',
  verification: 'evaluation',
  feedback: 'evaluations',
  analyses: 'evaluations',
  reference_solution: 'solution',
  grading_guidelines: 'guidelines',
};

export type ImportedSet = {
  /** File name → text, the manifest included. */
  files: Record<string, string>;
  /** Purpose → the Python name it came from. */
  mapped: Partial<Record<PromptPurpose, string>>;
  /** Strings kept as files but given no purpose (edit the manifest to use them). */
  unmapped: string[];
};

function fileNameFor(name: string): string {
  return `${name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'template'}.md`;
}

/** A template is a string that reads as one (placeholders or not) and is long enough to be a prompt. */
function isTemplate(value: string): boolean {
  if (value.trim().length < 40) return false;
  try {
    parseTemplate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns the strings of a Python prompt file into a prompt set: every template string as a
 * file (text unchanged: Python's `{name}` and `{{ }}` are the set's syntax too), a purpose
 * for each name that suggests one (or as `map` says), and aliases for placeholder names
 * Proofdesk knows under another name.
 */
export function makeImportedSet(
  strings: PythonString[],
  opts: { name: string; parser: string; map?: Partial<Record<string, PromptPurpose>> },
): ImportedSet {
  const templates = strings.filter((s) => isTemplate(s.value));
  const files: Record<string, string> = {};
  const mapped: ImportedSet['mapped'] = {};
  const used = new Set<string>();
  for (const t of templates) {
    const file = fileNameFor(t.name);
    files[file] = `${t.value.replace(/\s+$/, '')}\n`;
    const purpose = opts.map?.[t.name] ?? NAME_RULES.find(([re]) => re.test(t.name))?.[1];
    if (purpose && !mapped[purpose]) {
      mapped[purpose] = t.name;
      for (const p of parseTemplate(t.value).placeholders) used.add(p.name);
    }
  }
  const aliases = Object.fromEntries(
    [...used].filter((n) => n in ALIASES).map((n) => [n, ALIASES[n]] as const),
  );
  const manifest = {
    name: opts.name,
    description: `Imported from a Python prompt file (${templates.length} template strings).`,
    parser: opts.parser,
    templates: Object.fromEntries(
      PURPOSE_NAMES.filter((p) => mapped[p]).map((p) => [p, fileNameFor(mapped[p] as string)]),
    ),
    ...(Object.keys(aliases).length ? { placeholders: aliases } : {}),
  };
  files['prompt-set.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  const mappedNames = new Set(Object.values(mapped));
  return {
    files,
    mapped,
    unmapped: templates.map((t) => t.name).filter((n) => !mappedNames.has(n)),
  };
}

/** For messages: the purposes and the role each belongs to. */
export function purposeSummary(): string {
  return PURPOSE_NAMES.map((p) => `${p} (${PROMPT_PURPOSES[p].role})`).join(', ');
}
