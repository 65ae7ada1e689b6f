import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The deployment files (Dockerfile, docker-compose.yml, deploy/Caddyfile) read as data, for
 * tests that check they describe one consistent topology. Containers cannot run on the
 * project's build machines, so a parser is the only check these files get there.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export const readRepoFile = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

export type ComposeService = {
  image?: string;
  build?: string | { context: string };
  hostname?: string;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
};

/** docker-compose.yml with its YAML merge keys (`<<: *proofdesk`) applied, as Compose does. */
export function readCompose(): { services: Record<string, ComposeService> } {
  return parse(readRepoFile('docker-compose.yml'), { merge: true });
}

export type DockerInstruction = { op: string; args: string };

/** The Dockerfile's instructions in order: continuation lines joined, comments dropped. */
export function readDockerfile(): DockerInstruction[] {
  const joined = readRepoFile('Dockerfile')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** A JSON-form (exec) argument list: `CMD ["node", "x"]` → ['node', 'x']. */
export const execForm = (args: string): string[] => JSON.parse(args.replace(/^CMD\s+/, ''));

/** The Caddyfile's site address with its default filled in, and its reverse_proxy block. */
export function readCaddyfile(): { site: string; upstreams: string[]; options: string[] } {
  const lines = readRepoFile('deploy/Caddyfile')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const siteLine = lines.find((line) => line.endsWith('{')) as string;
  // `{$PROOFDESK_SITE::8080} {`: an environment placeholder whose default follows the first colon.
  const site = siteLine
    .replace(/\s*\{$/, '')
    .replace(/^\{\$[A-Z_]+:(.*)\}$/, '$1')
    .trim();
  const proxyAt = lines.findIndex((line) => line.startsWith('reverse_proxy '));
  const upstreams = lines[proxyAt].replace(/^reverse_proxy\s+/, '').replace(/\s*\{$/, '');
  const end = lines.indexOf('}', proxyAt);
  return { site, upstreams: upstreams.split(/\s+/), options: lines.slice(proxyAt + 1, end) };
}
