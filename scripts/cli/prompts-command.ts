import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeImportedSet, purposeSummary } from '@/lib/prompts/import/make-set';
import { readPythonStrings } from '@/lib/prompts/import/python-strings';
import { isSetParser, SET_PARSER_NAMES } from '@/lib/prompts/parsers';
import { type PromptPurpose, PURPOSE_NAMES, purposesOf } from '@/lib/prompts/purposes';
import { describeProblem, loadPromptSet, PromptSetError } from '@/lib/prompts/set/load';

export const PROMPTS_USAGE = `Usage: proofdesk prompts import-python FILE.py --out DIR [--name NAME] [--parser P] [--map NAME=PURPOSE]… [--force]

  Makes a prompt set from the template strings of a Python file (read, never run):
  module-level NAME = """…""" strings and dicts of them. Each becomes DIR/<name>.md, unchanged
  ({placeholders} and {{escaped}} braces are the set's own syntax); names that suggest a
  purpose are mapped to it in DIR/prompt-set.json. Purposes: ${purposeSummary()}.
  --parser   which parser reads the verifier's answers: ${SET_PARSER_NAMES.join(', ')} (default deepseek-prose)
  --map      NAME=PURPOSE, to map a string the names do not give away
  --force    write into a DIR that already has files`;

function parseMaps(values: string[]): Partial<Record<string, PromptPurpose>> {
  const map: Partial<Record<string, PromptPurpose>> = {};
  for (const v of values) {
    const [name, purpose] = v.split('=');
    if (!name || !PURPOSE_NAMES.includes(purpose as PromptPurpose)) {
      throw new Error(
        `--map ${v}: expected NAME=PURPOSE with PURPOSE one of ${PURPOSE_NAMES.join(', ')}`,
      );
    }
    map[name] = purpose as PromptPurpose;
  }
  return map;
}

/** `proofdesk prompts import-python`: writes the set, then says what still needs a hand. */
export function runPrompts(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub !== 'import-python') {
    process.stderr.write(`${PROMPTS_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      name: { type: 'string' },
      parser: { type: 'string', default: 'deepseek-prose' },
      map: { type: 'string', multiple: true, default: [] },
      force: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || !values.out) throw new Error(`FILE and --out are required\n${PROMPTS_USAGE}`);
  if (!isSetParser(values.parser)) {
    throw new Error(`--parser must be one of ${SET_PARSER_NAMES.join(', ')}`);
  }
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.readdirSync(out).length && !values.force) {
    throw new Error(`${out} is not empty (--force writes into it)`);
  }
  const strings = readPythonStrings(fs.readFileSync(file, 'utf8'));
  const name = values.name ?? path.basename(out);
  const set = makeImportedSet(strings, { name, parser: values.parser, map: parseMaps(values.map) });
  fs.mkdirSync(out, { recursive: true });
  for (const [f, text] of Object.entries(set.files)) fs.writeFileSync(path.join(out, f), text);
  process.stdout.write(`${out}\n`);
  for (const [purpose, from] of Object.entries(set.mapped)) {
    process.stderr.write(`  ${purpose} ← ${from}\n`);
  }
  for (const n of set.unmapped) process.stderr.write(`  (not used) ${n}\n`);
  // Check the set for the roles it covers fully; report the rest as work left.
  const purposes = Object.keys(set.mapped) as PromptPurpose[];
  const roles = (['generator', 'verifier', 'meta-verifier', 'grader'] as const).filter((r) =>
    purposesOf(r).every((p) => purposes.includes(p)),
  );
  try {
    loadPromptSet(out, purposes);
  } catch (err) {
    if (!(err instanceof PromptSetError)) throw err;
    for (const p of err.problems) process.stderr.write(`${describeProblem(p)}\n`);
    process.stderr.write('The set was written but will be refused until these are fixed.\n');
    return 1;
  }
  const variable = (r: string) => `PROOFDESK_${r.toUpperCase().replace('-', '_')}_PROMPTS=${out}`;
  process.stderr.write(
    roles.length === 4
      ? `Complete. Use it with PROOFDESK_PROMPTS=${out}\n`
      : roles.length
        ? `Complete for: ${roles.join(', ')}. Use it per role: ${roles.map(variable).join(' ')}\n`
        : `No role has all its templates yet (${purposeSummary()}).\n`,
  );
  return 0;
}
