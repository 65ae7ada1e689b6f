import { CHECK_USAGE, runCheck } from './check-command';
import { runImport } from './import-command';
import { MIGRATE_USAGE, runMigrate } from './migrate-command';
import { PROMPTS_USAGE, runPrompts } from './prompts-command';

const USAGE = `Usage: proofdesk import FILE [--format auto|imo25|deepseek-outputs|proofdesk-json] [--dry-run] [--json]

  Imports JSONL records {id?, problem, proof, report?} or DeepSeekMath-V2 output records
  into the configured database (PROOFDESK_DB, default ./data/proofdesk.db), one session each.
  --dry-run  parse and anchor only; store nothing
  --json     print one JSON object per record on stdout (and nothing else)

${PROMPTS_USAGE}

${CHECK_USAGE}

${MIGRATE_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import') return runImport(rest);
  if (command === 'prompts') return runPrompts(rest);
  if (command === 'check') return runCheck(rest);
  if (command === 'migrate') return runMigrate(rest);
  process.stderr.write(`${command ? `Unknown command: ${command}\n` : ''}${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`proofdesk: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
