import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * The Node options every Proofdesk server runs with: package.json's
 * `config.serverNodeOptions`, which `npm start` and `npm run serve` put in NODE_OPTIONS.
 * The e2e servers and the benches start `next start` themselves, so they read the same
 * options from here and run the server as a user's `npm start` does.
 */
export function serverNodeOptions(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const options: string = pkg.config?.serverNodeOptions ?? '';
  return options.split(/\s+/).filter(Boolean);
}
